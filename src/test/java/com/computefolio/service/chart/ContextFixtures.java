package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import java.math.BigDecimal;
import java.util.List;

/**
 * Context series beside the chart fixtures' deals, with numbers a person can check: revenue $3.7B
 * in 2024 and $13.1B in 2025; a 2024 loss stated as $5B by one source and $8.78B by another; a
 * stated total of $1,400B (2025-10) later reset to $600B (2026-02); compute online in GW.
 */
public final class ContextFixtures {

    public static final Source NYT = ChartFixtures.source("C2", "The New York Times", "2024-09-27");
    public static final Source FT = ChartFixtures.source("C7", "Financial Times", "2025-10-01");
    public static final Source CNBC = ChartFixtures.source("C3", "CNBC", "2026-02-20");
    public static final Source ALTMAN = ChartFixtures.source("C4", "OpenAI", "2025-11-06");

    private ContextFixtures() {
    }

    public static ContextSeries revenue() {
        return new ContextSeries("openai-revenue", "OpenAI revenue", "USD_BILLIONS", List.of(
                point("2024", "3.7", Confidence.REPORTED, NYT, "about $3.7B"),
                point("2025", "13.1", Confidence.REPORTED, CNBC, "about $13.1B")));
    }

    public static ContextSeries loss() {
        return new ContextSeries("openai-operating-loss", "OpenAI operating loss", "USD_BILLIONS", List.of(
                point("2024", "5", Confidence.REPORTED, NYT, "a projection"),
                point("2024", "8.78", Confidence.REPORTED, FT, "leaked audited accounts"),
                point("2025", "20.9", Confidence.REPORTED, FT, null)));
    }

    public static ContextSeries statedTotal() {
        return new ContextSeries("openai-compute-commitments", "OpenAI total compute commitments, as stated", "USD_BILLIONS",
                List.of(point("2025-10", "1400", Confidence.OFFICIAL, ALTMAN, "about $1.4T for about 30 GW"),
                        point("2026-02", "600", Confidence.REPORTED, CNBC, "about $600B through 2030")));
    }

    public static ContextSeries online() {
        return new ContextSeries("openai-compute-online", "OpenAI compute online", "GW", List.of(
                point("2025", "1.9", Confidence.OFFICIAL, ALTMAN, null)));
    }

    /** The chart fixtures' deals with all four series beside them. */
    public static Portfolio portfolio() {
        Portfolio deals = ChartFixtures.portfolio();
        return new Portfolio(deals.name(), deals.parties(), deals.deals(), List.of(revenue(), loss(), statedTotal(), online()));
    }

    static ContextPoint point(String period, String billions, Confidence confidence, Source source, String note) {
        return new ContextPoint(period, new BigDecimal(billions), confidence, List.of(source), note);
    }
}
