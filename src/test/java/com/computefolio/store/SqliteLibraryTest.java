package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where SQLite's native library is kept between starts: the user's own cache folder, never a shared one. */
class SqliteLibraryTest {

    @Test
    void linuxUsesTheXdgCacheFolderWhenItIsSet() {
        assertThat(SqliteLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", "/home/ana/.my-cache"), "Linux", "/home/ana"))
                .contains(Path.of("/home/ana/.my-cache/computefolio"));
    }

    @Test
    void linuxFallsBackToTheCacheFolderInTheHome() {
        assertThat(SqliteLibrary.cacheFolder(Map.of(), "Linux", "/home/ana")).contains(Path.of("/home/ana/.cache/computefolio"));
        assertThat(SqliteLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/ana"))
                .contains(Path.of("/home/ana/.cache/computefolio"));
    }

    @Test
    void otherSystemsAndAMissingHomeLeaveTheDriverToItsOwnUnpacking() {
        assertThat(SqliteLibrary.cacheFolder(Map.of(), "Windows 11", "C:\\Users\\ana")).isEmpty();
        assertThat(SqliteLibrary.cacheFolder(Map.of(), "Mac OS X", "/Users/ana")).isEmpty();
        assertThat(SqliteLibrary.cacheFolder(Map.of(), "Linux", "")).isEmpty();
    }
}
