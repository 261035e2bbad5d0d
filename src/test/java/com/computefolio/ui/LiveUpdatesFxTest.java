package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.audit.AuditAction;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another process writes to the register the window has open (a second connection with services of
 * its own on the same file): the window shows it without a reload, and an editor with unsaved edits
 * of the changed deal says so before its save is refused. Waits are generous loops, never timed assertions.
 */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesFxTest {
    private static final String DEAL = "cerebras-compute-2026";
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final List<FxTaskExecutor> EXECUTORS = new ArrayList<>();

    @TempDir
    static Path folder;

    private PortfolioConnection window;
    private PortfolioConnection otherProcess;
    private WorkspaceModel workspace;
    private TestWindows.Opened opened;

    private static Path seeded;

    /** Seeding the curated register takes a while on a busy machine: once, outside the window's start-up. */
    @BeforeAll
    static void seedOnce() {
        seeded = folder.resolve("seeded.db");
        new AppContextOpener().open(seeded).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path file = folder.resolve("live-" + FILES.incrementAndGet() + ".db");
        java.nio.file.Files.copy(seeded, file);
        window = new AppContextOpener().open(file);
        otherProcess = new AppContextOpener().open(file);
        opened = TestWindows.open(stage, window, new WindowBounds(0, 0, 1200, 760, false), context -> Map.<String, Node>of());
        EXECUTORS.add(opened.executor());
        workspace = opened.workspace();
    }

    @AfterEach
    void closeConnections() {
        otherProcess.close();
        window.close();
    }

    @AfterAll
    static void stopExecutors() {
        EXECUTORS.forEach(FxTaskExecutor::shutdown);
    }

    private static Deal retitled(Deal d, String title) {
        return new Deal(d.id(), title, d.buyerId(), d.counterpartyId(), d.kind(), d.direction(), d.announced(), d.links(),
                d.tags(), d.notes(), d.version(), d.revisions(), d.roles());
    }

    private Deal savedElsewhere(String title, String reason) throws Exception {
        Deal stored = otherProcess.portfolioService().deal(DEAL).orElseThrow();
        return otherProcess.portfolioService().save(retitled(stored, title), com.computefolio.domain.audit.AuditNote.because(reason));
    }

    private static <T> T onFx(FxRobot robot, Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Polls on the FX thread until the condition holds, for up to 10 s; the assertion after it says what was expected. */
    private static void awaitUpTo10Seconds(FxRobot robot, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onFx(robot, condition) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            workspace.selectedDealIds().clear();
            workspace.selectedDealIds().add(id);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> tableTitles(FxRobot robot) {
        javafx.scene.control.TableView<DealRow> table = robot.lookup("#dealsTable").queryAs(javafx.scene.control.TableView.class);
        return table.getItems().stream().map(row -> row.deal().title()).toList();
    }

    @Test
    void aSaveByAnotherProcessAppearsInTheTableKeepingTheSelection(FxRobot robot) throws Exception {
        select(robot, "openai-aws-cloud");

        savedElsewhere("Renamed elsewhere", "from the other window");
        awaitUpTo10Seconds(robot, () -> workspace.portfolio().deal(DEAL).map(Deal::title).orElse("").equals("Renamed elsewhere"));

        assertThat(workspace.portfolio().deal(DEAL)).get().extracting(Deal::title).isEqualTo("Renamed elsewhere");
        awaitUpTo10Seconds(robot, () -> tableTitles(robot).contains("Renamed elsewhere"));
        assertThat(tableTitles(robot)).contains("Renamed elsewhere");
        assertThat(workspace.selectedDealIds()).containsExactly("openai-aws-cloud");
        assertThat(robot.lookup("#liveNotice").queryAs(Label.class).getText())
                .isEqualTo("Updated from another window/user: 1 deals changed");
    }

    @Test
    void anEditorWithUnsavedEditsOfADealChangedElsewhereSaysSoAndItsSaveIsRefusedIfKept(FxRobot robot) throws Exception {
        select(robot, DEAL);
        robot.interact(() -> robot.lookup("#dealTitle").queryAs(TextField.class).setText("My edit"));
        WaitForAsyncUtils.waitForFxEvents();

        savedElsewhere("Their edit", null);
        awaitUpTo10Seconds(robot, () -> robot.lookup("#staleBanner").query().isVisible());

        assertThat(robot.lookup("#staleBanner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#staleBannerText").queryAs(Label.class).getText()).contains("Someone else saved this deal");
        assertThat(robot.lookup("#dealTitle").queryAs(TextField.class).getText()).isEqualTo("My edit");

        robot.clickOn("#staleKeepMine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#staleBanner").query().isVisible()).isFalse();
        opened.dialogs().chooseNext(2); // the conflict: Cancel
        robot.clickOn("#saveDeal");
        awaitUpTo10Seconds(robot, () -> opened.dialogs().shown().contains("Changed elsewhere"));

        assertThat(opened.dialogs().shown()).contains("Changed elsewhere");
        assertThat(otherProcess.portfolioService().deal(DEAL)).get().extracting(Deal::title).isEqualTo("Their edit");
    }

    @Test
    void reloadOnTheBannerShowsTheirVersionAndItsHistory(FxRobot robot) throws Exception {
        select(robot, DEAL);
        robot.interact(() -> robot.lookup("#dealTitle").queryAs(TextField.class).setText("My edit"));
        WaitForAsyncUtils.waitForFxEvents();

        savedElsewhere("Their edit", "checked the filing");
        awaitUpTo10Seconds(robot, () -> robot.lookup("#staleBanner").query().isVisible());
        robot.clickOn("#staleReload");
        awaitUpTo10Seconds(robot, () -> robot.lookup(".history-entry").queryAll().stream()
                .anyMatch(n -> ((TitledPane) n).getText().contains("checked the filing")));

        assertThat(robot.lookup("#dealTitle").queryAs(TextField.class).getText()).isEqualTo("Their edit");
        assertThat(robot.lookup("#staleBanner").query().isVisible()).isFalse();
        TitledPane newest = (TitledPane) robot.lookup(".history-entry").queryAll().iterator().next();
        assertThat(newest.getText()).contains(System.getProperty("user.name")).contains("changed")
                .contains("Reason: checked the filing");
    }

    @Test
    void aReasonTypedBesideSaveIsKeptInTheTrail(FxRobot robot) throws Exception {
        select(robot, DEAL);
        robot.interact(() -> {
            robot.lookup("#dealTitle").queryAs(TextField.class).setText("Typed here");
            robot.lookup("#saveReason").queryAs(TextField.class).setText("per the 10-K");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveDeal");
        awaitUpTo10Seconds(robot, () -> !window.portfolioService().history(DEAL, 1).isEmpty());

        AuditEntry entry = window.portfolioService().history(DEAL, 1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(entry.reason()).isEqualTo("per the 10-K");
        assertThat(robot.lookup("#saveReason").queryAs(TextField.class).getText()).isEmpty();
    }
}
