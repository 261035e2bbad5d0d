package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.PeriodLabels;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The time axis names each bar's own period, under its middle, in the words of its tooltip. */
class PeriodTicksTest {

    private static JFreeChartFactory charts;

    @BeforeAll
    static void loadFonts() {
        charts = new JFreeChartFactory(ChartFonts.load(), ChartText.english());
    }

    @Test
    void periodsAreNamedLikeTheirTooltips() {
        YearMonth january = YearMonth.of(2026, 1);
        assertThat(PeriodLabels.of(Granularity.MONTH, january, Locale.ENGLISH)).isEqualTo("Jan 2026");
        assertThat(PeriodLabels.of(Granularity.QUARTER, january, Locale.ENGLISH)).isEqualTo("2026-Q1");
        assertThat(PeriodLabels.of(Granularity.YEAR, january, Locale.ENGLISH)).isEqualTo("2026");
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void eachLabelSitsUnderTheMiddleOfItsBarAndSaysWhatItsTooltipSays(Granularity granularity) {
        ChartModel model = ChartFixtures.modelFactory().create(ChartFixtures.portfolio(),
                ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, granularity, DealFilter.ALL));
        JFreeChart chart = charts.create(model);
        XYPlot plot = chart.getXYPlot();

        List<DateTick> ticks = ticks(chart, 1600, 600);

        assertThat(ticks).isNotEmpty();
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset();
        for (DateTick tick : ticks) {
            int period = periodAt(bars, tick.getDate().getTime());
            assertThat(period).as("a bar under %s", tick.getText()).isNotNegative();
            assertThat(bars.getXValue(0, period)).as("the middle of the bar of %s", tick.getText())
                    .isEqualTo(tick.getDate().getTime());
            int series = seriesWithValue(model, period);
            if (series >= 0) {
                String tooltip = plot.getRenderer().getToolTipGenerator(series, period).generateToolTip(bars, series, period);
                assertThat(tooltip).startsWith(model.series().get(series).label() + ", " + tick.getText() + ":");
            }
        }
    }

    @Test
    void yearlyBarsEachGetTheirYearUnderThem() {
        ChartModel model = ChartFixtures.modelFactory().create(ChartFixtures.portfolio(),
                ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL));

        List<String> labels = ticks(charts.create(model), 960, 600).stream().map(DateTick::getText).toList();

        assertThat(labels).containsExactlyElementsOf(model.periodLabels());
    }

    @Test
    void theTimelineNamesEachYearFromItsFirstDay() {
        ChartModel model = ChartFixtures.modelFactory().create(ChartFixtures.portfolio(),
                ChartRequest.of(ChartType.TIMELINE, GroupBy.KIND, Granularity.QUARTER, DealFilter.ALL));
        JFreeChart chart = charts.create(model);
        BufferedImage image = new BufferedImage(960, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<DateTick> ticks = new ArrayList<>();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 960, 600), info);
            for (Object tick : chart.getXYPlot().getRangeAxis().refreshTicks(g, new AxisState(), info.getPlotInfo().getDataArea(),
                    RectangleEdge.BOTTOM)) {
                ticks.add((DateTick) tick);
            }
        } finally {
            g.dispose();
        }

        assertThat(ticks).isNotEmpty();
        for (DateTick tick : ticks) {
            assertThat(tick.getDate().getTime()).as(tick.getText()).isEqualTo((long) millis(YearMonth.of(Integer.parseInt(tick.getText()), 1)));
        }
    }

    @Test
    void monthsThatDoNotFitAreNamedAtRoundSteps() {
        double from = millis(YearMonth.of(2025, 1));
        double to = millis(YearMonth.of(2031, 1));

        List<PeriodTicks.Tick> ticks = PeriodTicks.of(List.of(Granularity.MONTH), from, to, 600, label -> 50.0, Locale.ENGLISH);

        // 72 months over 600 units: 8.3 each, so 62 units of label and gap need a step of 12 (a year).
        assertThat(ticks).extracting(PeriodTicks.Tick::label)
                .containsExactly("Jan 2025", "Jan 2026", "Jan 2027", "Jan 2028", "Jan 2029", "Jan 2030");
    }

    @Test
    void quartersThatFitAreAllNamed() {
        double from = millis(YearMonth.of(2026, 1));
        double to = millis(YearMonth.of(2027, 1));

        List<PeriodTicks.Tick> ticks = PeriodTicks.of(List.of(Granularity.QUARTER), from, to, 800, label -> 50.0, Locale.ENGLISH);

        assertThat(ticks).extracting(PeriodTicks.Tick::label).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    }

    @Test
    void anAxisThatMayChooseTakesTheFinestPeriodThatFits() {
        double from = millis(YearMonth.of(2025, 1));
        double to = millis(YearMonth.of(2029, 1));
        List<Granularity> any = List.of(Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR);

        assertThat(PeriodTicks.of(any, from, to, 1000, label -> 40.0, Locale.ENGLISH)).extracting(PeriodTicks.Tick::label)
                .startsWith("2025-Q1", "2025-Q2").hasSize(16);
        assertThat(PeriodTicks.of(any, from, to, 300, label -> 40.0, Locale.ENGLISH)).extracting(PeriodTicks.Tick::label)
                .containsExactly("2025", "2026", "2027", "2028");
    }

    private static List<DateTick> ticks(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
            List<DateTick> ticks = new ArrayList<>();
            for (Object tick : chart.getXYPlot().getDomainAxis().refreshTicks(g, new AxisState(),
                    info.getPlotInfo().getDataArea(), RectangleEdge.BOTTOM)) {
                ticks.add((DateTick) tick);
            }
            return ticks;
        } finally {
            g.dispose();
        }
    }

    private static int periodAt(IntervalXYDataset bars, long millis) {
        for (int item = 0; item < bars.getItemCount(0); item++) {
            if (bars.getStartXValue(0, item) <= millis && millis <= bars.getEndXValue(0, item)) {
                return item;
            }
        }
        return -1;
    }

    private static int seriesWithValue(ChartModel model, int period) {
        for (int s = 0; s < model.series().size(); s++) {
            ChartSeries series = model.series().get(s);
            if (series.values().get(period) != 0) {
                return s;
            }
        }
        return -1;
    }

    private static double millis(YearMonth month) {
        return TimelinePlot.millis(month);
    }
}
