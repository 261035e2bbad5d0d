package com.computefolio.cli;

import com.computefolio.service.scenario.Scenario;

/**
 * The line that says which scenario made a table ("Scenario: firm, starts 6 months later"). Nothing
 * for the default scenario, so that the default output stays as it always was.
 */
final class ScenarioText {

    private ScenarioText() {
    }

    /** The scenario's name and stress in words. */
    static String words(Scenario scenario, CliMessages messages) {
        StringBuilder words = new StringBuilder(scenario.name());
        if (scenario.stress().delayMonths() > 0) {
            words.append(messages.get("scenario.delay", scenario.stress().delayMonths()));
        }
        if (scenario.stress().haircutPercent().signum() > 0) {
            words.append(messages.get("scenario.haircut", scenario.stress().haircutPercent().toPlainString()));
        }
        return words.toString();
    }

    /** "Scenario: ..." for any scenario but the default; null for the default. */
    static String line(Scenario scenario, CliMessages messages) {
        return scenario.isIdentity() ? null : messages.get("common.scenario", words(scenario, messages));
    }
}
