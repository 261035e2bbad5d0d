package com.computefolio.ui.compare;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.ScenarioFile;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.filters.FiltersViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own scenarios beside the open register reach the filters' picker and the Compare tab, and follow a reopen. */
class OwnScenariosTest {

    @TempDir
    Path dir;

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final FiltersViewModel filters = new FiltersViewModel(workspace);
    private final CompareViewModel compare = new CompareViewModel(workspace, new DefaultAnalysisService(new ScheduleEngine()),
            new CurrentThreadTaskExecutor(), Messages.english());
    private final SimpleObjectProperty<Path> file = new SimpleObjectProperty<>();
    private Path database;
    private final OwnScenarios own = new OwnScenarios(workspace, () -> database, new CurrentThreadTaskExecutor(), Messages.english());

    private static Scenario ceilingsLater(String name, int months) {
        return Scenarios.builtIn().find("ceilings").orElseThrow().withName(name).withStress(new Stress(months, BigDecimal.ZERO));
    }

    private Path registerIn(String folder) throws Exception {
        return Files.createDirectories(dir.resolve(folder)).resolve("register.db");
    }

    /** As File > Open does: the services switch to the file, then the workspace gets its deals (here always the same ones). */
    private void open(Path register) {
        database = register;
        file.set(register);
        workspace.setPortfolio(portfolio().deals(deal("a").value("10", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build()).build());
    }

    @Test
    void thePickerAndTheCompareTabOfferTheUsersOwnScenariosBesideTheBuiltInOnes() throws Exception {
        Path register = registerIn("first");
        ScenarioFile.besideDatabase(register).save(ceilingsLater("late-ceilings", 6), "ceilings");
        own.follow(filters::offerScenarios);
        own.follow(compare::compare);
        compare.setActive(true);

        open(register);

        assertThat(filters.availableScenarios()).extracting(Scenario::name)
                .containsExactly("as-registered", "firm", "reported", "ceilings", "options", "estimates", "weighted", "late-ceilings");
        assertThat(compare.rows()).extracting(CompareViewModel.Row::scenario).contains("late-ceilings").hasSize(8);
    }

    @Test
    void reopeningAnotherRegisterOffersTheScenariosBesideIt() throws Exception {
        Path first = registerIn("first");
        Path second = registerIn("second");
        ScenarioFile.besideDatabase(first).save(ceilingsLater("late-ceilings", 6), "ceilings");
        ScenarioFile.besideDatabase(second).save(ceilingsLater("much-later", 24), "ceilings");
        own.follow(filters::offerScenarios);
        own.refreshOnChange(file);
        open(first);

        open(second);

        assertThat(filters.availableScenarios()).extracting(Scenario::name).contains("much-later").doesNotContain("late-ceilings");
    }

    @Test
    void aFileWithAMistakeLeavesTheBuiltInScenariosAndSaysWhatIsWrong() throws Exception {
        Path register = registerIn("broken");
        Files.writeString(register.resolveSibling(ScenarioFile.FILE_NAME),
                "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"x\", \"base\": \"nonsense\"}]}");
        StringBuilder problem = new StringBuilder();
        own.follow(filters::offerScenarios);
        own.followProblems(p -> problem.replace(0, problem.length(), p));

        open(register);

        assertThat(filters.availableScenarios()).extracting(Scenario::name).containsExactlyElementsOf(
                Scenarios.builtIn().all().stream().map(Scenario::name).toList());
        assertThat(problem.toString()).startsWith("Your scenarios file has a mistake").contains(ScenarioFile.FILE_NAME).contains("base");
    }
}
