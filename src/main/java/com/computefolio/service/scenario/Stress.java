package com.computefolio.service.scenario;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ValueRefusedException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stress on any scenario: every start delayed by {@code delayMonths}, every amount cut by
 * {@code haircutPercent} per cent (0 to 100, at most two decimals).
 */
public record Stress(int delayMonths, BigDecimal haircutPercent) {

    // Before NONE: static fields are set in order, and NONE's constructor reads this one.
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Stress NONE = new Stress(0, BigDecimal.ZERO);
    /** A delay beyond this (a century) is a typing error, not a stress. */
    public static final int MAX_DELAY_MONTHS = 1200;

    public Stress {
        Objects.requireNonNull(haircutPercent, "haircutPercent");
        if (delayMonths < 0 || delayMonths > MAX_DELAY_MONTHS) {
            throw new ValueRefusedException(ProblemText.say(ProblemKey.STRESS_DELAY_OUT_OF_RANGE, MAX_DELAY_MONTHS, delayMonths));
        }
        if (haircutPercent.signum() < 0 || haircutPercent.compareTo(HUNDRED) > 0 || haircutPercent.stripTrailingZeros().scale() > 2) {
            throw new ValueRefusedException(ProblemText.say(ProblemKey.STRESS_HAIRCUT_OUT_OF_RANGE, haircutPercent));
        }
        haircutPercent = haircutPercent.stripTrailingZeros();
    }

    /** A haircut as a user wrote it in a file ("12.5"); text that is no number is refused with its words. */
    public static BigDecimal haircut(String written) {
        try {
            return new BigDecimal(written.strip());
        } catch (NumberFormatException e) {
            throw new ValueRefusedException(ProblemText.say(ProblemKey.STRESS_HAIRCUT_NOT_A_NUMBER, written));
        }
    }

    public boolean isNone() {
        return delayMonths == 0 && haircutPercent.signum() == 0;
    }

    /** What is left of each amount: 1 - haircut/100, exact. */
    BigDecimal keptShare() {
        return BigDecimal.ONE.subtract(haircutPercent.movePointLeft(2));
    }
}
