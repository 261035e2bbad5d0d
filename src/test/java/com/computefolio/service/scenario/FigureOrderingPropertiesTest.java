package com.computefolio.service.scenario;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Money;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.DealBuilder;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The ordering docs/scenarios.md promises, deal by deal, over generated figures: each wider tier
 * counts at least what the narrower one does, weighted never more than estimates, and firm and
 * reported never more than the registered value where it is disclosed (a larger figure beside it,
 * such as a whole round or several contracts together, is not the deal's money).
 */
class FigureOrderingPropertiesTest {

    private static final List<String> WIDENING = List.of("firm", "reported", "ceilings", "options", "estimates");
    private static final ValueBasis[] BASES = {ValueBasis.TOTAL_OVER_TERM, ValueBasis.UP_TO, ValueBasis.ANALYST_ESTIMATE,
            ValueBasis.PER_YEAR};
    private static final Confidence[] CONFIDENCES = Confidence.values();

    @Property(tries = 300)
    void widerTiersCountAtLeastAsMuchAndFirmAndReportedNeverMoreThanTheRegisteredValue(
            @ForAll @IntRange(min = 0, max = 7) int status, @ForAll @IntRange(min = -1, max = 3) int basis,
            @ForAll @IntRange(min = 0, max = 2) int confidence, @ForAll @IntRange(min = 1, max = 500) int billions,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 2000) Integer> others) {
        DealStatus dealStatus = DealStatus.values()[status % DealStatus.values().length];
        DealBuilder builder = deal("d").status(dealStatus).term("2026-01", 24);
        builder = basis < 0 ? builder.undisclosed() : builder.value(String.valueOf(billions), BASES[basis]);
        Confidence registeredConfidence = basis == 2 ? Confidence.ESTIMATE : CONFIDENCES[confidence % CONFIDENCES.length];
        builder = builder.confidence(registeredConfidence);
        for (int i = 0; i < others.size(); i++) {
            int code = others.get(i);
            ValueBasis otherBasis = BASES[code % BASES.length];
            Confidence otherConfidence = otherBasis == ValueBasis.ANALYST_ESTIMATE ? Confidence.ESTIMATE
                    : CONFIDENCES[(code / 4) % 2];
            builder = builder.otherFigure(new Figure(otherBasis, Money.billionsUsd(String.valueOf(1 + code / 8)), null, null,
                    otherConfidence, List.of(), "figure " + i));
        }
        Deal d = builder.build();
        Scenarios known = Scenarios.builtIn();

        long previous = 0;
        for (String name : WIDENING) {
            long amount = amount(known.find(name).orElseThrow(), d);
            assertThat(amount).as(name + " of " + d.current()).isGreaterThanOrEqualTo(previous);
            previous = amount;
        }
        assertThat(amount(known.find("weighted").orElseThrow(), d)).as("weighted").isLessThanOrEqualTo(previous);
        if (d.current().value().isDisclosed()) {
            long registered = HeadlineTotal.minorUnits(d.current()).orElseThrow();
            assertThat(amount(known.find("firm").orElseThrow(), d)).as("firm").isLessThanOrEqualTo(registered);
            assertThat(amount(known.find("reported").orElseThrow(), d)).as("reported").isLessThanOrEqualTo(registered);
        }
    }

    /** What a scenario puts on the timeline for the deal: 0 when it leaves the deal out or counts no money. */
    private static long amount(Scenario scenario, Deal d) {
        return scenario.effective(d, d.current()).map(r -> HeadlineTotal.minorUnits(r).orElse(0)).orElse(0L);
    }
}
