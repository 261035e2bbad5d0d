package com.computefolio.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.DealStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own scenarios: saved and read back, and a mistake named by file, entry and field. */
class ScenarioFileTest {

    @TempDir
    Path dir;

    @Test
    void noFileMeansTheBuiltInScenariosOnly() {
        assertThat(new ScenarioFile(dir.resolve("scenarios.json")).load().all()).extracting(Scenario::name)
                .containsExactly("as-registered", "firm", "reported", "ceilings", "options", "estimates", "weighted");
    }

    @Test
    void aSavedScenarioComesBackWithItsStressAndWeights() {
        ScenarioFile file = new ScenarioFile(dir.resolve("scenarios.json"));
        Scenario weighted = Scenarios.builtIn().find("weighted").orElseThrow();

        file.save(weighted.withName("mine").withStress(new Stress(3, new BigDecimal("12.5"))), "weighted");

        Scenario back = file.load().find("mine").orElseThrow();
        assertThat(back.stress()).isEqualTo(new Stress(3, new BigDecimal("12.5")));
        assertThat(back.tier()).isEqualTo(FigureTier.ESTIMATES);
        assertThat(back.weights().probability(DealStatus.LETTER_OF_INTENT, com.computefolio.domain.Confidence.OFFICIAL))
                .isEqualByComparingTo("0.4");
    }

    @Test
    void editedWeightsReplaceSingleEntriesOfTheDefaults() throws Exception {
        Path path = dir.resolve("scenarios.json");
        Files.writeString(path, """
                {"formatVersion": 1, "scenarios": [
                  {"name": "sceptic", "base": "weighted", "statusWeights": {"LETTER_OF_INTENT": "0.25"}}]}
                """);

        Weights weights = new ScenarioFile(path).load().find("sceptic").orElseThrow().weights();

        assertThat(weights.byStatus().get(DealStatus.LETTER_OF_INTENT)).isEqualByComparingTo("0.25");
        assertThat(weights.byStatus().get(DealStatus.REPORTED)).isEqualByComparingTo("0.5");
    }

    @Test
    void aMistakeNamesTheFileTheEntryAndTheField() throws Exception {
        Path path = dir.resolve("scenarios.json");
        Files.writeString(path, """
                {"formatVersion": 1, "scenarios": [
                  {"name": "ok", "base": "firm"},
                  {"name": "bad", "base": "hopeful"}]}
                """);

        assertThatThrownBy(() -> new ScenarioFile(path).load()).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("scenarios[1].base")
                .hasMessageContaining("'hopeful' is not a built-in scenario");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsLine() throws Exception {
        Path path = dir.resolve("scenarios.json");
        Files.writeString(path, "{\"formatVersion\": 1,\n \"scenarioz\": []}");

        assertThatThrownBy(() -> new ScenarioFile(path).load()).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(path + ":2:");
    }
}
