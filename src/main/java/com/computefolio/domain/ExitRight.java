package com.computefolio.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A party's right to leave a deal on notice ("may exit on 90 days' notice"). Informative: shown with
 * the deal, never exercised by a scenario (docs/scenarios.md).
 *
 * @param from the first month the right can be used, or null
 */
public record ExitRight(String partyId, int noticeDays, YearMonth from, String label) {
    public ExitRight {
        Objects.requireNonNull(partyId, "partyId");
    }
}
