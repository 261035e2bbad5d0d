package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChartExporterTest {

    private static ChartFonts fonts;
    private static JFreeChartFactory charts;
    private static ChartExporter exporter;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadFonts() {
        fonts = ChartFonts.load();
        charts = new JFreeChartFactory(fonts, ChartText.english());
        exporter = new ChartExporter(charts, fonts);
    }

    private static ChartModel model(ChartType type) {
        return model(ChartFixtures.portfolio(), type);
    }

    private static ChartModel model(Portfolio portfolio, ChartType type) {
        return ChartFixtures.modelFactory().create(portfolio, ChartRequest.of(type, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL));
    }

    @Test
    void anSvgIsXmlWithEveryLabelAsText() throws Exception {
        ChartModel model = model(ChartType.COMMITMENTS);
        Path svg = dir.resolve("chart.svg");

        exporter.export(model, ExportFormat.SVG, ImageSize.of(960, 600), svg);

        List<String> texts = OutputReaders.svgTexts(svg);
        assertThat(texts).contains("Commitments per year", model.subtitle(), "Oracle", "Amazon (AWS)", "US$ billions",
                "Reported (light fill)", "Estimate (dashed outline)", "2027");
        assertThat(String.join(" ", texts)).contains("Sources: Reuters [1, 3]", "DigiTimes [5]");
        assertThat(Files.readString(svg)).contains("font-weight: bold").doesNotContain("<path d='M13.0");
    }

    @Test
    void textThatLooksLikeMarkupIsEscapedInSvg() throws Exception {
        Portfolio tricky = PortfolioBuilder.portfolio().party("rd", "R&D <Labs> \"quoted\" 'single'")
                .deals(DealBuilder.deal("x").counterparty("rd").value("5", com.computefolio.domain.ValueBasis.TOTAL_OVER_TERM)
                        .term("2026-01", 12).build())
                .build();
        Path svg = dir.resolve("tricky.svg");

        exporter.export(model(tricky, ChartType.COMMITMENTS), ExportFormat.SVG, ImageSize.of(800, 500), svg);

        assertThat(OutputReaders.svgTexts(svg)).contains("R&D <Labs> \"quoted\" 'single'");
        ExternalTool.run("xmllint", "--noout", svg.toString());
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void svgReadersAcceptEveryChart(ChartType type) throws Exception {
        Path svg = dir.resolve(type + ".svg");
        exporter.export(model(type), ExportFormat.SVG, ImageSize.of(960, 600), svg);

        ExternalTool.run("xmllint", "--noout", svg.toString());
        Path rendered = dir.resolve(type + "-rsvg.png");
        ExternalTool.run("rsvg-convert", "-o", rendered.toString(), svg.toString());
        BufferedImage image = ImageIO.read(rendered.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void aPdfHasOnePageOfSelectableTextInEmbeddedFonts() throws Exception {
        ChartModel model = model(ChartType.COMMITMENTS);
        Path pdf = dir.resolve("chart.pdf");

        exporter.export(model, ExportFormat.PDF, ImageSize.of(960, 600), pdf);

        assertThat(OutputReaders.pdfPages(pdf)).isEqualTo(1);
        assertThat(OutputReaders.pdfText(pdf)).contains("Commitments per year", "latest figures", "Amazon (AWS)",
                "The Wall Street Journal [2]", "DigiTimes [5]", "Estimate (dashed outline)");
        List<PDFont> used = OutputReaders.pdfFonts(pdf);
        assertThat(used).extracting(PDFont::getName).anyMatch(name -> name.endsWith("+DejaVuSans"))
                .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
        assertThat(used).allMatch(PDFont::isEmbedded, "embedded");
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void pdfReadersAcceptEveryChart(ChartType type) throws Exception {
        ChartModel model = model(type);
        Path pdf = dir.resolve(type + ".pdf");
        exporter.export(model, ExportFormat.PDF, ImageSize.of(960, 600), pdf);

        assertThat(ExternalTool.run("pdfinfo", pdf.toString())).containsPattern("Pages:\\s+1\\n").contains("960 x 600 pts");
        assertThat(ExternalTool.run("pdftotext", pdf.toString(), "-")).contains(model.title());
        assertThat(ExternalTool.run("pdffonts", pdf.toString())).contains("DejaVuSans").doesNotContain(" no  ");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aPngHasTheAskedSizeTimesItsScale(int scale) throws Exception {
        Path png = dir.resolve("chart@" + scale + ".png");

        exporter.export(model(ChartType.CUMULATIVE), ExportFormat.PNG, new ImageSize(640, 400, scale), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640 * scale);
        assertThat(image.getHeight()).isEqualTo(400 * scale);
    }

    @Test
    void aScaledPngIsDrawnAtItsResolutionNotEnlarged() {
        JFreeChart chart = charts.create(model(ChartType.COMMITMENTS));

        BufferedImage once = exporter.image(chart, new ImageSize(400, 300, 1));
        BufferedImage twice = exporter.image(chart, new ImageSize(400, 300, 4));

        // An enlarged bitmap has at most the colours of the small one; a fresh drawing has many more edge shades.
        assertThat(distinctColours(twice)).isGreaterThan(distinctColours(once));
        assertThat(twice.getWidth()).isEqualTo(1600);
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws Exception {
        JFreeChart broken = new JFreeChart(new XYPlot() {
            @Override
            public void draw(Graphics2D g2, Rectangle2D area, java.awt.geom.Point2D anchor, PlotState parentState,
                             PlotRenderingInfo info) {
                throw new IllegalStateException("the plot cannot be drawn");
            }
        });
        Path pdf = dir.resolve("broken.pdf");
        Path png = dir.resolve("broken.png");
        Files.writeString(png, "the previous export");

        assertThatThrownBy(() -> exporter.writePdf(broken, "broken", ImageSize.of(400, 300), pdf)).hasMessageContaining("cannot be drawn");
        assertThatThrownBy(() -> exporter.writePng(broken, new ImageSize(400, 300, 2), png)).hasMessageContaining("cannot be drawn");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("broken.png");
        }
        assertThat(Files.readString(png)).isEqualTo("the previous export");
    }

    @Test
    void theFormatFollowsTheFileExtension() {
        assertThat(ExportFormat.ofFileName(Path.of("out/Chart.SVG"))).contains(ExportFormat.SVG);
        assertThat(ExportFormat.ofFileName(Path.of("chart.pdf"))).contains(ExportFormat.PDF);
        assertThat(ExportFormat.ofFileName(Path.of("chart.jpeg"))).isEmpty();
    }

    @Test
    void anImpossibleSizeIsRefusedWithItsLimits() {
        assertThatThrownBy(() -> new ImageSize(960, 600, 5)).hasMessage("the scale is 1 to 4, not 5");
        assertThatThrownBy(() -> new ImageSize(10, 600, 1)).hasMessageContaining("between 200 and 8000");
    }

    private static int distinctColours(BufferedImage image) {
        return (int) java.util.Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().count();
    }
}
