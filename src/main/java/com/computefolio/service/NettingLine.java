package com.computefolio.service;

import java.util.List;

/**
 * What overlap netting did to one umbrella deal, as known on one date: its own (gross) figures,
 * what its named parts already cover, and what is left to count. Money in minor units of
 * {@code currency}; capacity in kilowatts. {@code counted = max(0, gross - parts)}.
 *
 * @param moneyDisclosed false when the umbrella has no disclosed value (only capacity is netted)
 * @param partIds        the deals linked PART_OF the umbrella that were live and known on the date
 */
public record NettingLine(String umbrellaId, String umbrellaTitle, String currency, boolean moneyDisclosed,
                          long grossMinor, long partsMinor, long countedMinor,
                          long grossKilowatts, long partsKilowatts, long countedKilowatts, List<String> partIds) {

    public NettingLine {
        partIds = List.copyOf(partIds);
    }

    /** True when the parts took something off the umbrella's money or capacity. */
    public boolean netted() {
        return (moneyDisclosed && countedMinor != grossMinor) || countedKilowatts != grossKilowatts;
    }

    /** Whether its parts took something off this measure: then a chart draws the umbrella's remainder apart. */
    public boolean nettedIn(Measure measure) {
        return measure == Measure.CAPACITY ? countedKilowatts != grossKilowatts : moneyDisclosed && countedMinor != grossMinor;
    }
}
