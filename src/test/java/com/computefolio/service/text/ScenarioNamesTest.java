package com.computefolio.service.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class ScenarioNamesTest {

    private static final Texts ARABIC = Texts.arabic();

    @Test
    void everyBuiltInScenarioHasAnArabicNameWithNoLatinLetter() {
        for (Scenario scenario : Scenarios.builtIn().all()) {
            assertThat(ScenarioNames.of(scenario, ARABIC)).as(scenario.name())
                    .doesNotMatch(".*[A-Za-z].*")
                    .matches(".*\\p{IsArabic}.*");
        }
    }

    @Test
    void englishNamesAreTheNamesTypedOnTheCommandLine() {
        for (Scenario scenario : Scenarios.builtIn().all()) {
            assertThat(ScenarioNames.of(scenario, Texts.english())).isEqualTo(scenario.name());
        }
    }

    @Test
    void aUsersOwnScenarioKeepsItsNameInEitherLanguage() {
        Scenario own = Scenario.AS_REGISTERED.withName("bear-case");
        assertThat(ScenarioNames.of(own, ARABIC)).isEqualTo("bear-case");
        assertThat(ScenarioNames.of(own, Texts.english())).isEqualTo("bear-case");
    }
}
