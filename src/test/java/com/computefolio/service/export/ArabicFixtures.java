package com.computefolio.service.export;

import static com.computefolio.testing.DealBuilder.deal;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.PortfolioBuilder;
import java.util.List;

/**
 * A register whose parties have Arabic names (as a translated register will hold them), and the export
 * side wired in Arabic. The names mix what Arabic text throws at a drawing path: joined letters, the
 * lam-alef ligature, an Arabic name with a Latin one in brackets, digits, and a Latin-only name.
 */
final class ArabicFixtures {

    static final String AMAZON = "أمازون ويب سيرفيسز";
    static final String ORACLE = "أوراكل للحوسبة السحابية";
    static final String AMD = "شركة الأجهزة الدقيقة المتقدمة";
    static final String COREWEAVE = "كورويف (CoreWeave)";
    static final String BROADCOM = "برودكوم 2025";
    static final String OPENAI = "OpenAI";
    /** The names drawn in Arabic script alone (with digits): extractors read them back as stored. */
    static final List<String> PARTY_NAMES = List.of(AMAZON, ORACLE, AMD, BROADCOM);

    private ArabicFixtures() {
    }

    static Portfolio portfolio() {
        return PortfolioBuilder.portfolio()
                .party("openai", OPENAI).party("amazon", AMAZON).party("oracle", ORACLE)
                .party("amd", AMD).party("broadcom", BROADCOM).party("coreweave", COREWEAVE)
                .deals(
                        deal("aws").title("سعة سحابية من أمازون").counterparty("amazon").announced("2025-11-03")
                                .value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                                .sources(ChartFixtures.DIGITIMES).revisionSources(ChartFixtures.DIGITIMES).build(),
                        deal("oracle").title("Oracle cloud").counterparty("oracle").announced("2025-09-10")
                                .value("300", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.REPORTED).term("2027-01", 60)
                                .capacityGw("4.5").sources(ChartFixtures.WSJ).revisionSources(ChartFixtures.WSJ).build(),
                        deal("amd").title("معالجات AMD Instinct").counterparty("amd").kind(DealKind.CHIPS).announced("2025-10-06")
                                .value("90", ValueBasis.ANALYST_ESTIMATE).confidence(Confidence.ESTIMATE).term("2026-07", 48)
                                .capacityGw("6").sources(ChartFixtures.CITI).revisionSources(ChartFixtures.CITI).build(),
                        deal("broadcom").title("مسرّعات برودكوم").counterparty("broadcom").kind(DealKind.CUSTOM_SILICON)
                                .announced("2025-10-13").undisclosed().term("2026-07", 42).capacityGw("10")
                                .sources(ChartFixtures.BROADCOM).revisionSources(ChartFixtures.BROADCOM).build(),
                        deal("coreweave").title("CoreWeave GPU cloud").counterparty("coreweave").announced("2025-03-10")
                                .value("11.9", ValueBasis.UP_TO).confidence(Confidence.REPORTED).term("2025-03", 60)
                                .sources(ChartFixtures.REUTERS_MARCH).revisionSources(ChartFixtures.REUTERS_MARCH).build())
                .build();
    }

    static ChartText text() {
        return new ChartText(Texts.arabic());
    }

    static ChartModelFactory models() {
        return new ChartModelFactory(ChartFixtures.analysis(), text(), ChartFixtures.clock());
    }

    static JFreeChartFactory charts(ChartFonts fonts) {
        return new JFreeChartFactory(fonts, text());
    }

    static ReportBuilder reports(ChartFonts fonts) {
        return new ReportBuilder(ChartFixtures.analysis(), models(), charts(fonts), fonts, text(), ChartFixtures.clock());
    }
}
