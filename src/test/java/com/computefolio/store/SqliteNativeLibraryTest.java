package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    private static final String LIBRARY = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();

    @TempDir
    Path home;

    private Properties linuxUser() {
        Properties properties = new Properties();
        properties.setProperty("user.home", home.toString());
        properties.setProperty("os.name", "Linux");
        return properties;
    }

    @Test
    void pointsSqliteAtOneCopyInTheUsersCacheAndReusesItOnTheNextStart() throws Exception {
        Properties first = linuxUser();
        Path copy = SqliteNativeLibrary.prepare(first, Map.of());

        assertThat(copy).isNotNull().startsWith(home.resolve(".cache/computefolio/native"));
        assertThat(first.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(copy.getParent().toString());
        assertThat(first.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isEqualTo(copy.getFileName().toString());
        assertThat(Files.readAllBytes(copy)).isEqualTo(libraryInJar());
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, written);

        Path again = SqliteNativeLibrary.prepare(linuxUser(), Map.of());

        assertThat(again).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("not written again").isEqualTo(written);
        assertThat(filesIn(copy.getParent())).containsExactly(copy.getFileName().toString());
    }

    @Test
    void aDamagedCopyIsReplacedBeforeItIsUsed() throws Exception {
        Path copy = SqliteNativeLibrary.prepare(linuxUser(), Map.of());
        byte[] damaged = libraryInJar();
        damaged[damaged.length / 2] ^= 0x5A;
        Files.write(copy, damaged);

        Path again = SqliteNativeLibrary.prepare(linuxUser(), Map.of());

        assertThat(again).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(libraryInJar());
        assertThat(filesIn(copy.getParent())).as("no partial files left").hasSize(1);
    }

    @Test
    void aTruncatedCopyIsReplacedBeforeItIsUsed() throws Exception {
        Path copy = SqliteNativeLibrary.prepare(linuxUser(), Map.of());
        Files.write(copy, new byte[] {1, 2, 3});

        SqliteNativeLibrary.prepare(linuxUser(), Map.of());

        assertThat(Files.readAllBytes(copy)).isEqualTo(libraryInJar());
    }

    @Test
    void aLauncherThatNamesALibraryKeepsIt() {
        Properties image = linuxUser();
        image.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/computefolio/lib/app/native");

        assertThat(SqliteNativeLibrary.prepare(image, Map.of())).isNull();
        assertThat(image.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/computefolio/lib/app/native");
        assertThat(image.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isNull();
        assertThat(home.resolve(".cache")).doesNotExist();
    }

    @Test
    void theCacheCanBeSwitchedOff() {
        Properties off = linuxUser();
        off.setProperty(SqliteNativeLibrary.ENABLED_PROPERTY, "false");

        assertThat(SqliteNativeLibrary.prepare(off, Map.of())).isNull();
        assertThat(off.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isNull();
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheExtractionToSqlite() throws Exception {
        Files.writeString(home.resolve(".cache"), "a file where the folder would go");
        Properties user = linuxUser();

        assertThat(SqliteNativeLibrary.prepare(user, Map.of())).isNull();
        assertThat(user.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isNull();
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        Properties linux = linuxUser();
        assertThat(SqliteNativeLibrary.cacheFolder(linux, Map.of("XDG_CACHE_HOME", "/var/cache/me")))
                .isEqualTo(Path.of("/var/cache/me/computefolio/native"));
        assertThat(SqliteNativeLibrary.cacheFolder(linux, Map.of("XDG_CACHE_HOME", "relative/cache")))
                .as("a relative XDG_CACHE_HOME is ignored").isEqualTo(home.resolve(".cache/computefolio/native"));
        Properties mac = linuxUser();
        mac.setProperty("os.name", "Mac OS X");
        assertThat(SqliteNativeLibrary.cacheFolder(mac, Map.of())).isEqualTo(home.resolve("Library/Caches/computefolio/native"));
        Properties windows = linuxUser();
        windows.setProperty("os.name", "Windows 11");
        assertThat(SqliteNativeLibrary.cacheFolder(windows, Map.of("LOCALAPPDATA", home.toString())))
                .isEqualTo(home.resolve("computefolio/native"));
        assertThat(SqliteNativeLibrary.cacheFolder(windows, Map.of())).isNull();
    }

    private static byte[] libraryInJar() throws Exception {
        try (var in = SqliteNativeLibrary.class.getResourceAsStream(LIBRARY)) {
            assertThat(in).as(LIBRARY).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
