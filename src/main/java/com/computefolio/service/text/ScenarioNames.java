package com.computefolio.service.text;

import com.computefolio.service.scenario.Scenario;
import java.util.ResourceBundle;

/**
 * What a scenario is called where it is read rather than typed: a built-in scenario by its word in
 * the reader's language ("firm" in English, «الالتزامات المؤكدة» in Arabic), a user's own scenario
 * by the name the user gave it. The command line's options and scenario files keep the typed name
 * ({@code --scenario firm}); the window's pickers, the Compare tab and the subtitles of charts and
 * reports call this, so an Arabic reader meets no English word for a built-in scenario.
 */
public final class ScenarioNames {

    private static final String PREFIX = "scenario.name.";

    private ScenarioNames() {
    }

    public static String of(Scenario scenario, Texts texts) {
        ResourceBundle export = texts.export();
        String key = PREFIX + scenario.name();
        return export.containsKey(key) ? export.getString(key) : scenario.name();
    }
}
