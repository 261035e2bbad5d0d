package com.computefolio.service.scenario;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import java.util.List;

/** The four deals of the worked example in docs/scenarios.md; the numbers there are checked against these. */
final class WorkedExample {

    private WorkedExample() {
    }

    static Portfolio fourDeals() {
        return portfolio().deals(
                deal("signed").status(DealStatus.ACTIVE).value("10", ValueBasis.TOTAL_OVER_TERM)
                        .confidence(Confidence.OFFICIAL).term("2026-01", 12).build(),
                deal("leaked").counterparty("oracle").status(DealStatus.REPORTED).value("6", ValueBasis.TOTAL_OVER_TERM)
                        .confidence(Confidence.REPORTED).term("2026-01", 24)
                        .otherFigure(new Figure(ValueBasis.UP_TO, Money.billionsUsd("9"), null, null, Confidence.REPORTED,
                                List.of(), "up to, per a second report"))
                        .build(),
                deal("letter").counterparty("nvidia").status(DealStatus.LETTER_OF_INTENT).value("100", ValueBasis.UP_TO)
                        .confidence(Confidence.OFFICIAL).term("2027-01", 60).build(),
                deal("quiet").counterparty("google").status(DealStatus.DEFINITIVE).undisclosed()
                        .confidence(Confidence.OFFICIAL).term("2026-07", 12)
                        .otherFigure(new Figure(ValueBasis.ANALYST_ESTIMATE, Money.billionsUsd("3"), null, null,
                                Confidence.ESTIMATE, List.of(), "analysts' estimate"))
                        .build())
                .build();
    }
}
