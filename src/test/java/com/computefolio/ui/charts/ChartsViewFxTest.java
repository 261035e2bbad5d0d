package com.computefolio.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartTooltips;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.testing.DealBuilder;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Charts view on screen, headless (Monocle), with the real background executor: it draws the
 * chart, the chart can be snapshotted, clicks reach the workspace, and an exported PNG says what the
 * screen says.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsViewFxTest {
    private static final List<FxTaskExecutor> EXECUTORS = new ArrayList<>();
    private static AnalysisService analysis;
    private static ChartToolkit toolkit;

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkspaceModel workspace;
    private ChartsView view;

    @BeforeAll
    static void services() {
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        toolkit = ChartToolkit.create(analysis, OutputTargets.of(java.nio.file.Path.of("no-register-in-view-tests.db")));
    }

    @AfterAll
    static void stopExecutors() {
        EXECUTORS.forEach(FxTaskExecutor::shutdown);
    }

    @Start
    void start(Stage stage) {
        FxTaskExecutor executor = new FxTaskExecutor(error -> dialogs.showError("unexpected", String.valueOf(error), List.of()));
        EXECUTORS.add(executor);
        workspace = new WorkspaceModel();
        workspace.setPortfolio(TestPortfolios.portfolio());
        view = new ChartsView(workspace, analysis, toolkit, executor, dialogs, ResourceBundle.getBundle("i18n/charts", Locale.ENGLISH));
        stage.setScene(new Scene(view, 1000, 640));
        stage.show();
    }

    private void waitForChart() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> view.viewModel().state().shown() != null && !view.viewModel().state().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void drawsTheChartWhichASnapshotShows(FxRobot robot) throws Exception {
        waitForChart();

        JFreeChart onScreen = view.chartPane().chart();
        assertThat(onScreen).isSameAs(view.viewModel().state().shown().chart());
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> view.chartPane().viewer().snapshot(null, null)).get();
        assertThat(snapshot.getWidth()).isEqualTo(view.chartPane().getWidth());
        Set<Integer> colours = colours(SwingFXUtils.fromFXImage(snapshot, null));
        for (Color fill : ChartContent.seriesFills(onScreen)) {
            assertThat(colours).as("a segment of colour %s", fill).contains(fill.getRGB());
        }
        assertThat(robot.lookup("#chartTotal").queryAs(Label.class).getText()).isEqualTo("Total committed: $358B \u00b7 2 deals");
    }

    @Test
    void aRedrawKeepsTheWhiteBackground(FxRobot robot) throws Exception {
        // Only AWS, an official figure: the last thing a drawing paints is a white bar outline, and the
        // next drawing must still paint its own (white) background rather than trust the state left over.
        robot.interact(() -> workspace.filterProperty().set(workspace.filter().withText("aws")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().state().shown() != null
                && view.viewModel().state().shown().drawn().grandTotal() == 3_800_000_000_000L);
        waitForChart();

        robot.interact(() -> view.chartPane().chart().fireChartChanged());
        robot.interact(() -> view.chartPane().chart().fireChartChanged());
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> view.chartPane().viewer().snapshot(null, null)).get();

        assertThat(snapshot.getPixelReader().getArgb(4, 4)).isEqualTo(Color.WHITE.getRGB());
        assertThat(snapshot.getPixelReader().getArgb((int) snapshot.getWidth() - 4, (int) snapshot.getHeight() - 4))
                .isEqualTo(Color.WHITE.getRGB());
    }

    @Test
    void editingADealsValueChangesTheTotalOnScreen(FxRobot robot) throws Exception {
        waitForChart();
        Portfolio before = workspace.portfolio();
        Deal aws = before.deal("openai-aws").orElseThrow();
        Deal raised = aws.withCurrent(aws.current().withValue(aws.current().value().withAmount(DealBuilder.billionsUsd("50"))));

        robot.interact(() -> workspace.setPortfolio(new Portfolio(before.name(), before.parties(),
                before.deals().stream().map(d -> d.id().equals("openai-aws") ? raised : d).toList(), before.contextSeries())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#chartTotal").queryAs(Label.class).getText().startsWith("Total committed: $370B"));

        assertThat(view.chartPane().chart()).isSameAs(view.viewModel().state().shown().chart());
    }

    @Test
    void clickingASegmentSelectsItsDealsAndClickingTheLegendHidesAGroup(FxRobot robot) throws Exception {
        waitForChart();
        ChartModel drawn = view.viewModel().state().shown().drawn();
        int aws = drawn.seriesIndexesOfGroup("amazon").get(0);
        XYItemEntity segment = entity(XYItemEntity.class, e -> e.getSeriesIndex() == aws);

        robot.clickOn(onScreen(segment));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.selectedDealIds()).containsExactly("openai-aws");

        LegendItemEntity oracle = entity(LegendItemEntity.class, e -> "oracle".equals(String.valueOf(e.getSeriesKey())));
        robot.clickOn(onScreen(oracle));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().state().hiddenGroups()).containsExactly("oracle");
        assertThat(robot.lookup("#chartTotal").queryAs(Label.class).getText()).startsWith("Total committed: $38B");
    }

    @Test
    void theWheelZoomsTimeOnlyAndResetZoomShowsTheWholeChartAgain(FxRobot robot) throws Exception {
        waitForChart();
        XYPlot plot = (XYPlot) view.chartPane().chart().getPlot();
        Range whole = plot.getDomainAxis().getRange();
        Range wholeMoney = plot.getRangeAxis().getRange();

        robot.moveTo(view.chartPane()).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Range time = plot.getDomainAxis().getRange();
        assertThat(time.getLength()).isLessThan(whole.getLength());
        // The money axis still starts at zero and holds the tallest stack in view, no more than just.
        double tallest = tallestStackBetween((IntervalXYDataset) plot.getDataset(), time.getLowerBound(), time.getUpperBound());
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(tallest).isLessThanOrEqualTo(tallest * 1.1);

        robot.moveTo(view.chartPane()).scroll(6, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();

        robot.clickOn("#chartResetZoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plot.getDomainAxis().getRange()).isEqualTo(whole);
        assertThat(plot.getRangeAxis().getRange()).isEqualTo(wholeMoney);
    }

    @Test
    void theKeyboardZoomsTimeAndHidingAGroupKeepsTheStretchOfTimeInView(FxRobot robot) throws Exception {
        waitForChart();
        XYPlot plot = (XYPlot) view.chartPane().chart().getPlot();
        Range whole = plot.getDomainAxis().getRange();

        robot.clickOn(view.chartPane().viewer());
        robot.type(javafx.scene.input.KeyCode.PLUS);
        robot.type(javafx.scene.input.KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        Range zoomed = plot.getDomainAxis().getRange();
        assertThat(zoomed.getLength()).isLessThan(whole.getLength());
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();

        robot.interact(() -> view.viewModel().state().toggleGroup("oracle"));
        WaitForAsyncUtils.waitForFxEvents();

        XYPlot redrawn = (XYPlot) view.chartPane().chart().getPlot();
        assertThat(redrawn).isNotSameAs(plot);
        assertThat(redrawn.getDomainAxis().getRange()).isEqualTo(zoomed);
        assertThat(redrawn.getRangeAxis().getLowerBound()).isZero();

        robot.clickOn(view.chartPane().viewer());
        robot.type(javafx.scene.input.KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(redrawn.getDomainAxis().isAutoRange()).isTrue();
    }

    @Test
    void aClickedSegmentIsOutlinedAndNamedUntilEscape(FxRobot robot) throws Exception {
        waitForChart();
        ChartModel drawn = view.viewModel().state().shown().drawn();
        int aws = drawn.seriesIndexesOfGroup("amazon").get(0);
        XYItemEntity segment = entity(XYItemEntity.class, e -> e.getSeriesIndex() == aws && e.getItem() == 1);
        java.awt.Rectangle bounds = segment.getArea().getBounds();
        assertThat(darkPixelsAround(bounds)).as("no mark yet").isZero();

        robot.clickOn(onScreen(segment));
        WaitForAsyncUtils.waitForFxEvents();

        Label note = robot.lookup("#chartSelectionNote").queryAs(Label.class);
        assertThat(note.getParent().isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("1 deal of " + drawn.series().get(aws).label() + " in "
                + drawn.periodLabels().get(1) + " selected \u2014 shown in Deals");
        assertThat(robot.lookup("#chartSelectionGo").queryButton().isVisible()).isTrue();
        // The outline: dark pixels all along the segment's edge (its sides at least).
        assertThat(darkPixelsAround(bounds)).as("the outline on the segment's edge").isGreaterThanOrEqualTo(2 * bounds.height);

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(note.getParent().isVisible()).isFalse();
        assertThat(note.getText()).isEmpty();
        assertThat(darkPixelsAround(bounds)).as("the outline gone").isZero();
        assertThat(workspace.selectedDealIds()).containsExactly("openai-aws");
    }

    /** Pixels near black (the mark's edge; the chart draws nothing that dark inside the plot) on and just around a rectangle. */
    private int darkPixelsAround(java.awt.Rectangle bounds) throws Exception {
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> view.chartPane().viewer().getCanvas().snapshot(null, null)).get();
        int dark = 0;
        for (int y = bounds.y - 2; y <= bounds.y + bounds.height + 2; y++) {
            for (int x = bounds.x - 2; x <= bounds.x + bounds.width + 2; x++) {
                Color c = new Color(snapshot.getPixelReader().getArgb(x, y));
                if (c.getRed() < 0x60 && c.getGreen() < 0x60 && c.getBlue() < 0x60) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static double tallestStackBetween(IntervalXYDataset bars, double from, double to) {
        double tallest = 0;
        for (int item = 0; item < bars.getItemCount(0); item++) {
            if (bars.getEndXValue(0, item) < from || bars.getStartXValue(0, item) > to) {
                continue;
            }
            double stack = 0;
            for (int s = 0; s < bars.getSeriesCount(); s++) {
                Number y = bars.getY(s, item);
                stack += y == null ? 0 : y.doubleValue();
            }
            tallest = Math.max(tallest, stack);
        }
        return tallest;
    }

    @Test
    void theExportedPngSaysWhatTheScreenShows(FxRobot robot) throws Exception {
        waitForChart();
        Path png = folder.resolve("chart.png");
        dialogs.fileNext(png).chooseNext(1);

        robot.clickOn("#chartExport");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(png));
        WaitForAsyncUtils.waitForFxEvents();

        // The file: drawn at twice the size of the chart on screen.
        BufferedImage exported = ImageIO.read(png.toFile());
        int width = (int) Math.round(view.chartPane().getWidth());
        int height = (int) Math.round(view.chartPane().getHeight());
        assertThat(exported.getWidth()).isEqualTo(2 * width);
        assertThat(exported.getHeight()).isEqualTo(2 * height);

        // The content: the chart the exporter drew, laid out at the file's size, against the chart on screen.
        JFreeChart screenChart = view.chartPane().chart();
        ChartModel exportModel = view.viewModel().state().exportModel();
        // The screen's segments carry no tooltips (the window words them on hover, without drawing
        // ever placing every deal in its cell): each drawn segment with what an export says of it.
        ChartModel drawnModel = view.viewModel().state().shown().drawn();
        ChartTooltips words = new ChartTooltips(ChartText.english());
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.chartPane().viewer().getRenderingInfo().getEntityCollection().getEntities().stream()
                .filter(e -> e instanceof XYItemEntity item && !JFreeChartFactory.isContext(item))
                .map(e -> ((XYItemEntity) e).getToolTipText()).filter(t -> t != null).toList()).get()).isEmpty();
        ChartContent screen = WaitForAsyncUtils.asyncFx(() -> ChartContent.of(screenChart, view.chartPane().viewer().getRenderingInfo(),
                item -> JFreeChartFactory.periodIndexAt(drawnModel, item) < 0 ? null
                        : words.cell(drawnModel, item.getSeriesIndex(), JFreeChartFactory.periodIndexAt(drawnModel, item)))).get();
        JFreeChart exportChart = toolkit.charts().create(exportModel);
        ChartContent file = ChartContent.of(exportChart, drawInto(exportChart, width, height));
        assertThat(file).isEqualTo(screen);
        assertThat(file.drawnSegments()).isNotEmpty();
        assertThat(file.drawnLegendKeys()).contains("amazon", "oracle");

        // The same series colours in the file as on screen, and the same total as the label under the chart.
        Set<Integer> colours = colours(exported);
        for (Color fill : ChartContent.seriesFills(screenChart)) {
            assertThat(colours).as("a segment of colour %s in the file", fill).contains(fill.getRGB());
        }
        String total = ValueFormat.english().value(exportModel.grandTotal(), exportModel.unit(), exportModel.currency());
        assertThat(robot.lookup("#chartTotal").queryAs(Label.class).getText()).contains(total);
        assertThat(dialogs.errors()).isEmpty();
    }

    private static ChartRenderingInfo drawInto(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return info;
    }

    private <T extends ChartEntity> T entity(Class<T> type, java.util.function.Predicate<T> which) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (Object o : view.chartPane().viewer().getRenderingInfo().getEntityCollection().getEntities()) {
                if (type.isInstance(o) && which.test(type.cast(o))) {
                    return type.cast(o);
                }
            }
            throw new AssertionError("no such " + type.getSimpleName() + " on screen");
        }).get();
    }

    private Point2D onScreen(ChartEntity entity) {
        java.awt.Rectangle bounds = entity.getArea().getBounds();
        return view.chartPane().viewer().getCanvas().localToScreen(bounds.getCenterX(), bounds.getCenterY());
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) | 0xFF000000);
            }
        }
        return colours;
    }
}
