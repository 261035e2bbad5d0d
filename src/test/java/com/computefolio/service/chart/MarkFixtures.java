package com.computefolio.service.chart;

import static com.computefolio.testing.DealBuilder.deal;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.PortfolioBuilder;

/**
 * One deal of each kind of figure, all with one counterparty ("acme") so that only the hatching
 * can tell them apart, and an umbrella ("programme", $100B and 10 GW over 2025) with one named part
 * ("site", $30B and 4 GW), which leaves $70B and 6 GW not yet allocated.
 *
 * <ul>
 *   <li>official: $12B over 2026, stated term, 1 GW</li>
 *   <li>reported: $12B over 2026, reported, 1 GW</li>
 *   <li>estimate: $12B over 2026, analysts' estimate, 1 GW</li>
 *   <li>ceiling: up to $12B over 2026, 1 GW</li>
 *   <li>assumed: $12B over 2026 on a term the curator assumed, 1 GW</li>
 *   <li>lump: $12B with no term, placed in the month announced (2026-03), 1 GW</li>
 * </ul>
 */
public final class MarkFixtures {

    public static final long BILLION = 100_000_000_000L;

    private MarkFixtures() {
    }

    public static Portfolio portfolio() {
        return PortfolioBuilder.portfolio().party("openai", "OpenAI").party("acme", "Acme").party("venture", "Venture")
                .party("builder", "Builder")
                .deals(
                        deal("official").title("Official deal").counterparty("acme").announced("2025-12-01")
                                .value("12", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).capacityGw("1").build(),
                        deal("reported").title("Reported deal").counterparty("acme").announced("2025-12-01")
                                .value("12", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.REPORTED).term("2026-01", 12)
                                .capacityGw("1").build(),
                        deal("estimate").title("Estimated deal").counterparty("acme").announced("2025-12-01")
                                .value("12", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.ESTIMATE).term("2026-01", 12)
                                .capacityGw("1").build(),
                        deal("ceiling").title("Ceiling deal").counterparty("acme").announced("2025-12-01")
                                .value("12", ValueBasis.UP_TO).term("2026-01", 12).capacityGw("1").build(),
                        deal("assumed").title("Assumed deal: second contract").counterparty("acme").announced("2025-12-01")
                                .value("12", ValueBasis.TOTAL_OVER_TERM).assumedTerm("2026-01", 12).capacityGw("1").build(),
                        deal("lump").title("Lump deal").counterparty("acme").announced("2026-03-05")
                                .value("12", ValueBasis.TOTAL_OVER_TERM).noTerm().capacityGw("1").build(),
                        deal("programme").title("Programme: $100B over 2025").counterparty("venture").announced("2025-01-01")
                                .value("100", ValueBasis.TOTAL_OVER_TERM).term("2025-01", 12).capacityGw("10").build(),
                        deal("site").title("Site").counterparty("builder").announced("2025-01-01")
                                .link(LinkType.PART_OF, "programme").value("30", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                                .capacityGw("4").build())
                .build();
    }
}
