package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
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
import com.computefolio.service.export.ChartExporter;
import com.computefolio.service.export.ImageSize;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Names and titles come from files anyone can write and end up in SVG files that browsers open. A
 * party called {@code <script>&"'}, a deal titled like markup and a search text like markup must
 * give a well-formed SVG in which they are text, escaped, and never elements. (The exporter's own
 * ChartExporterTest checks the same with xmllint; this one uses a hostile script name on every chart.)
 */
class SvgTextEscapingTest {

    private static final String HOSTILE_PARTY = "<script>alert(\"p\")</script>&\"'";
    private static final String HOSTILE_TITLE = "</text><script>&'\"";
    private static final String HOSTILE_SEARCH = "<script>";

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void markupInNamesTitlesAndFiltersStaysEscapedText(ChartType type) throws Exception {
        Portfolio portfolio = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("evil", HOSTILE_PARTY)
                .deals(DealBuilder.deal("x").title(HOSTILE_TITLE).counterparty("evil").notes(HOSTILE_SEARCH)
                        .value("5", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).capacityGw("1").build())
                .build();
        ChartModel model = ChartFixtures.modelFactory().create(portfolio, ChartRequest.of(type, GroupBy.COUNTERPARTY,
                Granularity.YEAR, DealFilter.ALL.withText(HOSTILE_SEARCH)));
        ChartFonts fonts = ChartFonts.load();
        ChartExporter exporter = new ChartExporter(new JFreeChartFactory(fonts, ChartText.english()), fonts);

        String svg = exporter.svg(new JFreeChartFactory(fonts, ChartText.english()).create(model), ImageSize.of(960, 600));
        Document document = parseStrictly(svg);

        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        String allText = String.join("\n", texts(document));
        assertThat(allText).contains(HOSTILE_SEARCH);
        if (type == ChartType.TIMELINE) {
            assertThat(allText).contains(HOSTILE_TITLE);
        } else if (type != ChartType.COMPARE) {
            // The compare chart names scenarios, not parties; its hostile text is the filter's, checked above.
            assertThat(allText).contains(HOSTILE_PARTY);
        }
        assertThat(svg).doesNotContain("<script");
    }

    /**
     * A well-formedness check that loads nothing from outside (JFreeSVG names the SVG 1.1 DTD by
     * address; it must not be fetched) and a document type without declarations of its own.
     */
    private static Document parseStrictly(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        if (document.getDoctype() != null) {
            assertThat(document.getDoctype().getInternalSubset()).as("no entity declarations in the SVG").isNullOrEmpty();
        }
        return document;
    }

    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
