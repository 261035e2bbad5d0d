package com.computefolio.ui.archfixtures;

/** Breaks the standard-streams rule on purpose (ArchitectureRulesTest): the window printing to a terminal. */
public final class PrintsToTheConsole {
    private PrintsToTheConsole() {
    }

    public static void say(String text) {
        System.out.println(text);
    }
}
