package com.computefolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/ana");

    @Test
    void anExplicitDbWinsOverTheEnvironment() {
        AppPaths paths = new AppPaths(Map.of("COMPUTEFOLIO_DB", "/srv/team.db"), LINUX);

        assertThat(paths.database("/tmp/mine.db")).isEqualTo(Path.of("/tmp/mine.db"));
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        AppPaths paths = new AppPaths(Map.of("COMPUTEFOLIO_DB", "/srv/team.db"), LINUX);

        assertThat(paths.database(null)).isEqualTo(Path.of("/srv/team.db"));
    }

    @Test
    void anEmptyEnvironmentVariableCountsAsUnset() {
        AppPaths paths = new AppPaths(Map.of("COMPUTEFOLIO_DB", ""), LINUX);

        assertThat(paths.database(null)).isEqualTo(Path.of("/home/ana/.local/share/computefolio/computefolio.db"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertThat(new AppPaths(Map.of("XDG_DATA_HOME", "/data/ana"), LINUX).defaultDatabase())
                .isEqualTo(Path.of("/data/ana/computefolio/computefolio.db"));
        assertThat(new AppPaths(Map.of("XDG_DATA_HOME", "relative/dir"), LINUX).defaultDatabase())
                .isEqualTo(Path.of("/home/ana/.local/share/computefolio/computefolio.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Mac OS X", "user.home", "/Users/ana"));

        assertThat(paths.defaultDatabase())
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Computefolio/computefolio.db"));
    }

    @Test
    void windowsUsesAppData() {
        AppPaths paths = new AppPaths(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"),
                Map.of("os.name", "Windows 11", "user.home", "/c/Users/ana"));

        assertThat(paths.defaultDatabase()).isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Computefolio/computefolio.db"));
    }

    @Test
    void readsDbFromRawArgumentsInBothSpellings() {
        assertThat(AppPaths.dbArgument(new String[] {"--db", "a.db"})).contains("a.db");
        assertThat(AppPaths.dbArgument(new String[] {"--db=b.db", "list"})).contains("b.db");
        assertThat(AppPaths.dbArgument(new String[] {"list"})).isEmpty();
        assertThat(AppPaths.dbArgument(new String[] {"--db"})).isEmpty();
    }
}
