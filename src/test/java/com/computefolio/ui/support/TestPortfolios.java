package com.computefolio.ui.support;

import static com.computefolio.testing.DealBuilder.deal;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import java.util.List;

/**
 * A small portfolio whose totals can be checked by hand:
 * <ul>
 *   <li>openai-aws: OpenAI buys from Amazon, $38B over 84 months from 2025-11, known 2025-11-03, official;</li>
 *   <li>openai-oracle: OpenAI buys from Oracle, reported $300B from 2027-01 (60 months), known 2025-09-10,
 *       raised to $320B on 2026-02-01;</li>
 *   <li>nvidia-openai-equity: Nvidia invests up to $100B in OpenAI (an inflow), 10 GW, known 2025-09-22;</li>
 *   <li>openai-broadcom: custom silicon, undisclosed value, 10 GW, known 2025-10-13;</li>
 *   <li>openai-amd: chips, analyst estimate $90B, 6 GW, cancelled 2026-03-01 (no money counted after).</li>
 * </ul>
 */
public final class TestPortfolios {
    private TestPortfolios() {
    }

    public static List<Party> parties() {
        return List.of(new Party("openai", "OpenAI", PartyKind.AI_LAB),
                new Party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD),
                new Party("oracle", "Oracle", PartyKind.HYPERSCALER_CLOUD),
                new Party("nvidia", "Nvidia", PartyKind.CHIPMAKER),
                new Party("broadcom", "Broadcom", PartyKind.CHIPMAKER),
                new Party("amd", "AMD", PartyKind.CHIPMAKER));
    }

    public static List<Deal> deals() {
        return List.of(
                deal("openai-aws").title("AWS cloud capacity").buyer("openai").counterparty("amazon")
                        .announced("2025-11-03").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                        .tags("stargate-adjacent").build(),
                deal("openai-oracle").title("Oracle cloud contract").buyer("openai").counterparty("oracle")
                        .announced("2025-09-10").value("300", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.REPORTED)
                        .term("2027-01", 60).then("2026-02-01").value("320", ValueBasis.TOTAL_OVER_TERM).build(),
                deal("nvidia-openai-equity").title("Nvidia investment in OpenAI").buyer("openai").counterparty("nvidia")
                        .kind(DealKind.EQUITY_INVESTMENT).inflow().announced("2025-09-22").status(DealStatus.LETTER_OF_INTENT)
                        .value("100", ValueBasis.UP_TO).capacityGw("10").term("2026-07", 48).build(),
                deal("openai-broadcom").title("Broadcom custom accelerators").buyer("openai").counterparty("broadcom")
                        .kind(DealKind.CUSTOM_SILICON).announced("2025-10-13").undisclosed().capacityGw("10").build(),
                deal("openai-amd").title("AMD Instinct GPUs").buyer("openai").counterparty("amd").kind(DealKind.CHIPS)
                        .announced("2025-10-06").value("90", ValueBasis.ANALYST_ESTIMATE).confidence(Confidence.ESTIMATE)
                        .capacityGw("6").term("2026-07", 48)
                        .then("2026-03-01").status(DealStatus.CANCELLED).build());
    }

    public static Portfolio portfolio() {
        return new Portfolio("Test", parties(), deals(), List.of());
    }
}
