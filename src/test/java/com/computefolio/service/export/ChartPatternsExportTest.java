package com.computefolio.service.export;

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
import com.computefolio.service.chart.MarkFixtures;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hatching survives every export: in SVG each mark's lines are a group of real line elements
 * (not a texture, which JFreeSVG cannot write); in PDF the footnote lists the assumed placements as
 * text; in PNG the hatched segment is no longer one flat colour.
 */
class ChartPatternsExportTest {

    private static ChartExporter exporter;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadFonts() {
        ChartFonts fonts = ChartFonts.load();
        exporter = new ChartExporter(new JFreeChartFactory(fonts, ChartText.english()), fonts);
    }

    private static ChartModel model(ChartType type) {
        return ChartFixtures.modelFactory().create(MarkFixtures.portfolio(),
                ChartRequest.of(type, GroupBy.COUNTERPARTY, Granularity.QUARTER, DealFilter.ALL));
    }

    /** How many line elements each mark's hatching groups hold, by mark name. */
    private static Map<String, Integer> hatchLines(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList groups = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String id = g.getAttribute("id");
            if (id.startsWith("hatch-")) {
                String mark = id.substring("hatch-".length(), id.lastIndexOf('-'));
                lines.merge(mark, g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength(), Integer::sum);
            }
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"COMMITMENTS", "CUMULATIVE", "RUN_RATE", "CAPACITY", "TIMELINE"})
    void theSvgHoldsTheHatchingOfEveryMarkAsLines(ChartType type) throws Exception {
        Path svg = dir.resolve(type + ".svg");
        exporter.export(model(type), ExportFormat.SVG, ImageSize.of(960, 600), svg);

        Map<String, Integer> lines = hatchLines(svg);
        assertThat(lines.keySet()).contains("REPORTED", "ESTIMATE", "ASSUMED", "REMAINDER");
        if (type != ChartType.CAPACITY) {
            assertThat(lines).containsKey("CEILING");
        } else {
            assertThat(lines).doesNotContainKey("CEILING");
        }
        assertThat(lines.values()).allMatch(n -> n > 0);
        assertThat(ExternalTool.run("xmllint", "--noout", svg.toString())).isEmpty();
    }

    @Test
    void thePdfFootnoteListsTheAssumedPlacementsAsText() throws Exception {
        Path pdf = dir.resolve("chart.pdf");
        exporter.export(model(ChartType.COMMITMENTS), ExportFormat.PDF, ImageSize.of(960, 600), pdf);

        String text = OutputReaders.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Placed at times no source states", "Assumed deal: spread evenly from January 2026 to an",
                "Lump deal: lump in March 2026, the month it became known", "Programme, not yet allocated to a named deal");
        assertThat(ExternalTool.run("pdftotext", pdf.toString(), "-").replaceAll("\\s+", " "))
                .contains("Placed at times no source states");
    }

    @Test
    void thePngDiffersFromTheSameChartWithoutHatchingOnlyInsideTheMarkedSegments() throws Exception {
        ChartModel model = model(ChartType.COMMITMENTS);
        ChartModel plain = withoutMarks(model);
        BufferedImage hatched = exporter.image(new JFreeChartFactory(ChartFonts.load(), ChartText.english()).create(model),
                ImageSize.of(960, 600));
        BufferedImage flat = exporter.image(new JFreeChartFactory(ChartFonts.load(), ChartText.english()).create(plain),
                ImageSize.of(960, 600));

        int differing = 0;
        for (int x = 0; x < 960; x++) {
            for (int y = 0; y < 600; y++) {
                if (hatched.getRGB(x, y) != flat.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        // Hatching lines cross thousands of pixels; nothing else differs between the two charts but the legend swatches.
        assertThat(differing).isGreaterThan(2000);
        Path png = dir.resolve("chart.png");
        exporter.export(model, ExportFormat.PNG, ImageSize.of(960, 600), png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(960);
    }

    /** The same chart with every series unmarked. */
    private static ChartModel withoutMarks(ChartModel m) {
        var series = m.series().stream().map(s -> new ChartSeries(s.key(), s.groupKey(), s.label(), s.confidence(), s.style(),
                s.colour(), s.values(), s.dealIds(), s.caveats(), Set.of())).toList();
        return new ChartModel(m.request(), m.title(), m.subtitle(), m.footnote(), m.timeAxisLabel(), m.valueAxisLabel(), m.unit(),
                m.currency(), m.periodStarts(), m.periodLabels(), series, m.legend(), m.bars(), m.sources(), m.undisclosedDealIds(),
                m.asOf(), m.generated(), m.cells(), m.overlays(), m.ranges(), m.placements());
    }
}
