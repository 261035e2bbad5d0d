package com.computefolio.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.LargePortfolios;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The deals table at 100,000 deals, headless, with a real worker thread: a keystroke's rows are
 * sorted and the selection found on the worker, the FX thread only swaps the list in, and the rows,
 * their order and the selection are those the table showed when it sorted its own view.
 */
@ExtendWith(ApplicationExtension.class)
class DealsTableRowsFxTest {
    private static final int DEALS = 100_000;
    private static final List<FxTaskExecutor> EXECUTORS = new ArrayList<>();
    private static com.computefolio.domain.Portfolio register;
    private static AnalysisService analysis;

    private WorkspaceModel workspace;
    private DealsView view;

    @BeforeAll
    static void register() {
        register = LargePortfolios.generate(DEALS);
        analysis = new DefaultAnalysisService(new ScheduleEngine());
    }

    @AfterAll
    static void stopExecutors() {
        EXECUTORS.forEach(FxTaskExecutor::shutdown);
    }

    @Start
    void start(Stage stage) {
        FxTaskExecutor executor = new FxTaskExecutor(error -> {
            throw new AssertionError(error);
        });
        EXECUTORS.add(executor);
        workspace = new WorkspaceModel();
        workspace.setPortfolio(register);
        view = new DealsView(new DealsViewModel(workspace, analysis, executor, Messages.english()), workspace.selectedDealIds(),
                Messages.english());
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @Test
    void aKeystrokeSortsOnTheWorkerAndTheFxThreadOnlySwapsThePreparedList(FxRobot robot) throws Exception {
        shown();
        AtomicInteger onFx = new AtomicInteger();
        AtomicInteger onWorker = new AtomicInteger();
        Comparator<DealRow> byValue = Comparator.comparingLong(DealRow::headlineMinor);
        RowOrder counted = RowOrder.of(List.of("counted:DESCENDING"), (a, b) -> {
            (javafx.application.Platform.isFxApplicationThread() ? onFx : onWorker).incrementAndGet();
            return byValue.reversed().compare(a, b);
        });
        robot.interact(() -> view.model().setOrder(counted));
        shown();
        robot.interact(() -> workspace.selectedDealIds().add("deal-4242"));

        robot.interact(() -> workspace.filterProperty().set(workspace.filter().withText("number 42")));
        shown();

        assertThat(onFx.get()).as("comparisons on the FX thread").isZero();
        assertThat(onWorker.get()).as("comparisons on the worker").isPositive();
        List<DealRow> expected = new ArrayList<>(view.model().rows());
        expected.sort(byValue.reversed());
        assertThat(view.table().getItems()).as("the table shows the model's prepared list itself, not a copy")
                .isSameAs(view.model().tableRowsProperty().get().items())
                .containsExactlyElementsOf(expected)
                .hasSize(1 + 10 + 100 + 1000);
        assertThat(view.table().getSelectionModel().getSelectedItem().id()).isEqualTo("deal-4242");
        assertThat(view.table().getSelectionModel().getSelectedIndex()).isEqualTo(expected.indexOf(
                expected.stream().filter(r -> r.id().equals("deal-4242")).findFirst().orElseThrow()));
        assertThat(workspace.selectedDealIds()).containsExactly("deal-4242");
    }

    @Test
    void rowsOrderAndSelectionAreThoseOfTheTablesOwnSortForEveryFilterAndSort(FxRobot robot) throws Exception {
        shown();
        robot.interact(() -> workspace.selectedDealIds().addAll(List.of("deal-17", "deal-99017")));
        List<List<String>> sorts = List.of(List.of(), List.of("value"), List.of("title"), List.of("announced", "counterparty"),
                List.of("gw", "kind"));
        // Every sort on two narrowing filters, and the whole register sorted once.
        for (String text : List.of("number 9", "number 17", "")) {
            robot.interact(() -> workspace.filterProperty().set(workspace.filter().withText(text)));
            for (List<String> columns : text.isEmpty() ? List.of(List.of("value")) : sorts) {
                for (TableColumn.SortType direction : TableColumn.SortType.values()) {
                    robot.interact(() -> sortBy(columns, direction));
                    shown();
                    String described = text + " sorted by " + columns + " " + direction;
                    assertThat(view.table().getSortOrder()).as(described + ": the sort the user chose is kept")
                            .extracting(TableColumn::getId).containsExactlyElementsOf(columns);
                    assertTableShowsItsOwnSortOf(described);
                }
            }
        }
    }

    private void sortBy(List<String> columns, TableColumn.SortType direction) {
        var table = view.table();
        table.getSortOrder().clear();
        for (String id : columns) {
            TableColumn<DealRow, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
            column.setSortType(direction);
            table.getSortOrder().add(column);
        }
    }

    /** The rows as the table's SortedList over the selection used to show them, and the shared selection selected. */
    private void assertTableShowsItsOwnSortOf(String described) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var table = view.table();
            SortedList<DealRow> before = new SortedList<>(FXCollections.observableList(view.model().rows()), table.getComparator());
            assertThat(table.getItems()).as(described).containsExactlyElementsOf(before);
            List<String> selected = table.getSelectionModel().getSelectedItems().stream().map(DealRow::id).sorted().toList();
            List<String> visible = before.stream().map(DealRow::id).filter(workspace.selectedDealIds()::contains).sorted().toList();
            assertThat(selected).as(described + ": the selection").isEqualTo(visible);
            assertThat(workspace.selectedDealIds()).as(described).containsExactlyInAnyOrder("deal-17", "deal-99017");
            return null;
        }).get();
    }

    private void shown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.model().busyProperty().get()
                && !view.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
