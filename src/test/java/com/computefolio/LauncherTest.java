package com.computefolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOrOnlyADatabaseOpenTheWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--db", "x.db"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--db=x.db"})).isTrue();
    }

    @Test
    void aLanguageWithOrWithoutADatabaseOpensTheWindowInIt() {
        assertThat(Launcher.opensWindow(new String[] {"--lang", "ar"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--lang=ar", "--db", "x.db"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--db", "x.db", "--lang", "en"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--lang", "ar", "list"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--db"})).isFalse();
    }

    @Test
    void anyCommandOrHelpRunsTheCommandLine() {
        assertThat(Launcher.opensWindow(new String[] {"list"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--db", "x.db", "list"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
    }
}
