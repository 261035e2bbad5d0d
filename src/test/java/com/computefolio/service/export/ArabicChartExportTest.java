package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.render.ChartFonts;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** One Arabic chart exported as SVG, PDF and PNG: direction, fonts and extracted text. */
class ArabicChartExportTest {

    /** The parties with a disclosed value, which the commitments chart draws (Broadcom's deal has none). */
    private static final List<String> CHARTED = List.of(ArabicFixtures.AMAZON, ArabicFixtures.ORACLE, ArabicFixtures.AMD);

    private static ChartExporter exporter;
    private static ChartModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void wire() {
        ChartFonts fonts = ChartFonts.load();
        exporter = new ChartExporter(ArabicFixtures.charts(fonts), fonts);
        model = ArabicFixtures.models().create(ArabicFixtures.portfolio(),
                ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL));
    }

    @Test
    void svgIsWellFormedAndEveryArabicLineRunsRightToLeftInAnArabicFont() throws Exception {
        Path svg = dir.resolve("chart.svg");
        exporter.export(model, ExportFormat.SVG, ImageSize.of(960, 600), svg);

        List<Element> arabic = arabicTexts(svg);
        assertThat(arabic).extracting(Element::getTextContent).contains("الالتزامات لكل سنة").contains(CHARTED.toArray(String[]::new))
                .contains(ArabicFixtures.COREWEAVE);
        for (Element text : arabic) {
            assertThat(inheritedAttribute(text, "direction")).as(text.getTextContent()).isEqualTo("rtl");
            assertThat(inheritedAttribute(text, "text-anchor")).as(text.getTextContent()).isEqualTo("end");
            assertThat(text.getAttribute("style")).contains("font-family: \"Noto Sans Arabic\", \"DejaVu Sans\"");
        }
        // rsvg-convert (librsvg) reads and draws it, where installed; docs/img keeps what it and Chromium drew.
        ExternalTool.run("rsvg-convert", "-o", dir.resolve("chart.png").toString(), svg.toString());
    }

    @Test
    void pdfChartKeepsArabicAsTextInTheEmbeddedArabicFont() throws Exception {
        Path pdf = dir.resolve("chart.pdf");
        exporter.export(model, ExportFormat.PDF, ImageSize.of(960, 600), pdf);

        String text = ArabicReportTest.normalised(OutputReaders.pdfText(pdf));
        assertThat(text).contains("الالتزامات لكل سنة");
        for (String name : CHARTED) {
            assertThat(text).contains(ArabicReportTest.normalised(name));
        }
        assertThat(OutputReaders.pdfFonts(pdf)).extracting(PDFont::getName).anyMatch(name -> name.endsWith("NotoSansArabic-Bold"));
    }

    @Test
    void pngTitleStandsAtTheRightAsTheLanguageStartsLines() throws Exception {
        Path png = dir.resolve("chart.png");
        exporter.export(model, ExportFormat.PNG, ImageSize.of(960, 600), png);

        BufferedImage image = ImageIO.read(png.toFile());
        int left = image.getWidth();
        int right = 0;
        for (int y = 12; y < 28; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertThat(left).isGreaterThan(image.getWidth() / 2);
        assertThat(right).isGreaterThan(image.getWidth() - 40);
    }

    /** The {@code <text>} elements holding Arabic letters (a tick label of Arabic digits alone is a number). */
    private static List<Element> arabicTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<Element> arabic = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            if (text.getTextContent().codePoints()
                    .anyMatch(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
                arabic.add(text);
            }
        }
        return arabic;
    }

    private static String inheritedAttribute(Element element, String name) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute(name)) {
                return e.getAttribute(name);
            }
        }
        return null;
    }
}
