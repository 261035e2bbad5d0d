package com.computefolio.ui.support;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Many plausible deals, made deterministically, for tests and measurements at scale. */
public final class LargePortfolios {
    private static final DealKind[] KINDS = DealKind.values();

    private LargePortfolios() {
    }

    public static Portfolio generate(int count) {
        List<Party> parties = TestPortfolios.parties();
        Source source = new Source("S1", "Example News", "Story", "https://example.com/s1", LocalDate.of(2025, 1, 1), null);
        List<Deal> deals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate announced = LocalDate.of(2020, 1, 1).plusDays(i % 3000);
            Figure value = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.usd((i % 500 + 1) * 100_000_000_000L), null, null,
                    Confidence.values()[i % 3], List.of(source), null);
            Revision revision = new Revision(announced, null, DealStatus.DEFINITIVE, value, List.of(),
                    Term.of(YearMonth.from(announced), 12 + i % 72), null, null, List.of(), List.of(source), null);
            String counterparty = parties.get(1 + i % (parties.size() - 1)).id();
            deals.add(new Deal("deal-" + i, "Generated deal number " + i, "openai", counterparty, KINDS[i % KINDS.length],
                    MoneyDirection.COMMITMENT, announced, List.of(), List.of("batch-" + (i % 100)), null, 1, List.of(revision)));
        }
        return new Portfolio("Large", parties, deals, List.of());
    }
}
