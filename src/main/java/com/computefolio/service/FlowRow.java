package com.computefolio.service;

import com.computefolio.domain.TotalTooLargeException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Money both ways between one buyer and one counterparty (or, for the total row, over every pair),
 * in minor units of {@link Flows#currency()}. Out is what the buyer pays (COMMITMENT deals), in is
 * what the counterparty puts into the buyer (INFLOW deals), net = in − out: above zero when the
 * counterparty puts in more than it is paid. See docs/flows.md.
 *
 * @param deals   deals of the pair that passed the filter (live or not, as the summary counts them)
 * @param caveats count of deals per caveat, as in {@link SummaryRow#caveats()}
 */
public record FlowRow(String buyerId, String buyerName, String counterpartyId, String counterpartyName, int deals,
                      long outMinor, long inMinor, long netMinor, Map<String, Integer> caveats) {

    /** Decimal places of {@link #financedPercent()}. */
    public static final int PERCENT_SCALE = 2;

    public FlowRow {
        caveats = Map.copyOf(caveats);
    }

    /** A row whose net is worked out here, checked like every total. */
    static FlowRow of(String buyerId, String buyerName, String counterpartyId, String counterpartyName, int deals,
                      long outMinor, long inMinor, Map<String, Integer> caveats) {
        long net;
        try {
            net = Math.subtractExact(inMinor, outMinor);
        } catch (ArithmeticException e) {
            throw new TotalTooLargeException(false);
        }
        return new FlowRow(buyerId, buyerName, counterpartyId, counterpartyName, deals, outMinor, inMinor, net, caveats);
    }

    /** A circular pair: the counterparty both sells to the buyer and invests in it (money both ways). */
    public boolean circular() {
        return outMinor > 0 && inMinor > 0;
    }

    /**
     * How much of the buyer's purchases from this counterparty its own investment could pay for:
     * in ÷ out × 100, rounded half-even to {@link #PERCENT_SCALE} places (Amazon: 50 ÷ 138 = 36.23%).
     * Above 100 when the investment exceeds the purchases. Empty unless the pair is {@link #circular()}.
     */
    public Optional<BigDecimal> financedPercent() {
        if (!circular()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(inMinor).movePointRight(2)
                .divide(BigDecimal.valueOf(outMinor), PERCENT_SCALE, RoundingMode.HALF_EVEN));
    }
}
