package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartKinds;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.TimelineBar;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JFreeChartFactoryTest {

    private static JFreeChartFactory charts;
    private final ChartModelFactory models = ChartFixtures.modelFactory();

    @BeforeAll
    static void loadFonts() {
        charts = new JFreeChartFactory(ChartFonts.load(), ChartText.english());
    }

    private ChartModel model(ChartType type, GroupBy groupBy) {
        return models.create(ChartFixtures.portfolio(), ChartRequest.of(type, groupBy, Granularity.YEAR, DealFilter.ALL));
    }

    @Test
    void theChartCarriesTitleSubtitleLegendAndFootnote() {
        ChartModel model = model(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY);

        JFreeChart chart = charts.create(model);

        assertThat(chart.getTitle().getText()).isEqualTo("Commitments per year");
        List<String> texts = new ArrayList<>();
        for (Title t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        assertThat(texts).containsExactlyInAnyOrder(model.subtitle(), model.footnote());
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof LegendTitle);
        List<String> legend = new ArrayList<>();
        var items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertThat(legend).containsExactly("Oracle", "AMD", "Amazon (AWS)", "CoreWeave",
                "Official (solid)", "Reported (light fill)", "Estimate (dashed outline)", "Ceiling, \u201cup to\u201d (horizontal lines)");
    }

    @Test
    void everyFontIsTheEmbeddableOne() {
        JFreeChart chart = charts.create(model(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY));
        XYPlot plot = chart.getXYPlot();

        assertThat(chart.getTitle().getFont().getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(plot.getRangeAxis().getTickLabelFont().getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(plot.getRangeAxis().getLabelFont().getFamily()).isEqualTo(ChartFonts.FAMILY);
    }

    @Test
    void barsShowTheModelValuesInBillions() {
        ChartModel model = model(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY);
        XYPlot plot = charts.create(model).getXYPlot();

        int oracle = model.seriesIndexesOfGroup("oracle").get(0);
        int year2027 = model.periodLabels().indexOf("2027");
        assertThat(plot.getDataset().getYValue(oracle, year2027)).isEqualTo(60.0);
        assertThat(plot.getDataset().getSeriesKey(oracle)).isEqualTo("oracle|REPORTED");
    }

    @Test
    void aTooltipNamesTheAmountAndTheDealsBehindASegment() {
        ChartModel model = model(ChartType.COMMITMENTS, GroupBy.KIND);
        XYPlot plot = charts.create(model).getXYPlot();
        int cloudReported = model.series().stream().map(ChartSeries::key).toList().indexOf("CLOUD_SERVICES|REPORTED");
        int year2027 = model.periodLabels().indexOf("2027");

        String tooltip = plot.getRenderer().getToolTipGenerator(cloudReported, year2027)
                .generateToolTip(plot.getDataset(), cloudReported, year2027);

        assertThat(tooltip).startsWith("Cloud services\u2009(reported), 2027: $60B").contains("1 deal: Oracle cloud ($60B)");
        int cloudCeiling = model.series().stream().map(ChartSeries::key).toList().indexOf("CLOUD_SERVICES|REPORTED|CEILING");
        assertThat(plot.getRenderer().getToolTipGenerator(cloudCeiling, year2027).generateToolTip(plot.getDataset(), cloudCeiling, year2027))
                .startsWith("Cloud services\u2009(reported)\u2009\u2013 up to, 2027: $4.48B").contains("CoreWeave GPU cloud ($4.48B)");
    }

    @Test
    void clickingASegmentGivesItsDealsAndClickingALegendEntryItsGroup() {
        ChartModel model = model(ChartType.COMMITMENTS, GroupBy.KIND);
        List<ChartEntity> entities = drawnEntities(charts.create(model));

        XYItemEntity segment = entities.stream().filter(e -> e instanceof XYItemEntity).map(e -> (XYItemEntity) e)
                .filter(e -> model.series().get(e.getSeriesIndex()).key().equals("CLOUD_SERVICES|REPORTED"))
                .filter(e -> model.periodLabels().get(e.getItem()).equals("2027")).findFirst().orElseThrow();
        assertThat(charts.dealIdsAt(model, segment)).containsExactly("oracle");

        LegendItemEntity cloud = entities.stream().filter(e -> e instanceof LegendItemEntity).map(e -> (LegendItemEntity) e)
                .filter(e -> "CLOUD_SERVICES".equals(e.getSeriesKey())).findFirst().orElseThrow();
        assertThat(charts.dealIdsAt(model, cloud)).containsExactlyInAnyOrder("oracle", "coreweave", "aws");
    }

    @Test
    void clickingAnAreaGivesTheDealsOfThatPeriod() {
        ChartModel model = model(ChartType.CUMULATIVE, GroupBy.COUNTERPARTY);
        List<ChartEntity> entities = drawnEntities(charts.create(model));

        XYItemEntity oracleLast = entities.stream().filter(e -> e instanceof XYItemEntity).map(e -> (XYItemEntity) e)
                .filter(e -> model.series().get(e.getSeriesIndex()).groupKey().equals("oracle"))
                .max((a, b) -> Integer.compare(a.getItem(), b.getItem())).orElseThrow();
        assertThat(charts.dealIdsAt(model, oracleLast)).containsExactly("oracle");
    }

    @Test
    void clickingATimelineBarOrItsMarkerGivesItsDeal() {
        ChartModel model = model(ChartType.TIMELINE, GroupBy.KIND);
        List<XYItemEntity> items = drawnEntities(charts.create(model)).stream().filter(e -> e instanceof XYItemEntity)
                .map(e -> (XYItemEntity) e).toList();

        XYItemEntity bar = items.stream().filter(e -> e.getDataset() == items.get(0).getDataset() && e.getSeriesIndex() == 2)
                .findFirst().orElseThrow();
        assertThat(charts.dealIdsAt(model, bar)).containsExactly(model.bars().get(2).dealId());
        XYItemEntity marker = items.stream().filter(e -> e.getDataset() != items.get(0).getDataset()).findFirst().orElseThrow();
        TimelineBar markedBar = model.bars().get((int) marker.getDataset().getXValue(marker.getSeriesIndex(), marker.getItem()));
        assertThat(charts.dealIdsAt(model, marker)).containsExactly(markedBar.dealId());
        assertThat(marker.getToolTipText()).startsWith(markedBar.title() + ": ").matches(".*, \\d{4}-\\d{2}-\\d{2}");
    }

    private static List<ChartEntity> drawnEntities(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(960, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 960, 600), info);
        g.dispose();
        List<ChartEntity> entities = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> entities.add((ChartEntity) e));
        return entities;
    }

    @Test
    void eachChartIsDrawnByThePlotOfItsDrawing() {
        for (ChartType type : ChartType.values()) {
            for (boolean cumulative : new boolean[] {false, true}) {
                ChartModel model = models.create(ChartFixtures.portfolio(),
                        new ChartRequest(type, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL, cumulative));

                XYPlot plot = charts.create(model).getXYPlot();

                var renderer = plot.getRenderer();
                switch (ChartKinds.of(type).drawing(model.request())) {
                    case STACKED_BARS -> assertThat(renderer).as("%s", type).isInstanceOf(StackedXYBarRenderer.class);
                    case STACKED_AREAS -> assertThat(renderer).as("%s", type).isInstanceOf(XYAreaRenderer.class);
                    case DEAL_BARS -> assertThat(plot.getOrientation()).as("%s", type).isEqualTo(PlotOrientation.HORIZONTAL);
                    case DIVERGING_BARS -> assertThat(renderer).as("%s", type).isInstanceOf(StackedXYBarRenderer.class);
                }
                // The flows chart draws its net marks from a second dataset.
                int drawnSeries = plot.getDataset().getSeriesCount()
                        + (type == ChartType.FLOWS ? plot.getDataset(1).getSeriesCount() : 0);
                assertThat(drawnSeries).as("%s", type).isEqualTo(model.series().size() + model.bars().size());
            }
        }
    }
}
