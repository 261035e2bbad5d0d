package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.ContextFixtures;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Context overlays drawn over the stacks: lines and ranges on the value axis, in the legend, with their own tooltips. */
class OverlayLayerTest {

    private static JFreeChartFactory charts;

    @BeforeAll
    static void loadFonts() {
        charts = new JFreeChartFactory(ChartFonts.load(), ChartText.english());
    }

    private static ChartModel model(ChartType type, String... overlays) {
        return ChartFixtures.modelFactory().create(ContextFixtures.portfolio(),
                ChartRequest.of(type, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL).withOverlays(List.of(overlays)));
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"COMMITMENTS", "CUMULATIVE"})
    void linesAndRangesAreDrawnOnTheValueAxisWithTheirOwnTooltips(ChartType type) {
        ChartModel model = model(type, "revenue", "loss");
        JFreeChart chart = charts.create(model);
        XYPlot plot = chart.getXYPlot();

        assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset(1).getYValue(1, 0)).isEqualTo(8.78);
        assertThat(plot.getDataset(2).getSeriesCount()).isEqualTo(1);
        List<XYItemEntity> overlayItems = drawn(chart).stream().filter(OverlayLayer::isOverlay).toList();
        assertThat(overlayItems).extracting(XYItemEntity::getToolTipText)
                .anyMatch(t -> t.matches("OpenAI revenue, 2025-12: \\$13\\.1B \\[[\\d, ]+\\] \\(as stated\\)"))
                .anyMatch(t -> t.matches("OpenAI operating loss: \\$5B in 2024 \\[\\d+\\] \\(a projection\\) or "
                        + "\\$8\\.78B in 2024 \\[\\d+\\] \\(leaked audited accounts\\)"));
        assertThat(overlayItems).allSatisfy(item -> assertThat(charts.dealIdsAt(model, item)).isEmpty());
    }

    @Test
    void theLegendListsEachLineAndTheRange() {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = charts.create(model(ChartType.COMMITMENTS, "revenue", "loss")).getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }

        assertThat(labels).endsWith("OpenAI revenue", "OpenAI operating loss", "Sources disagree (low to high)");
    }

    @Test
    void aChartWithoutOverlaysHasOneDataset() {
        assertThat(charts.create(model(ChartType.COMMITMENTS)).getXYPlot().getDatasetCount()).isEqualTo(1);
    }

    private static List<XYItemEntity> drawn(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(960, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 960, 600), info);
        g.dispose();
        List<XYItemEntity> items = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> {
            if (e instanceof XYItemEntity item) {
                items.add(item);
            }
        });
        return items;
    }
}
