package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Months;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The selection's rows, totals, per-counterparty summary and netting lines are what the road before
 * the per-deal amounts gave (kept below as {@link OldRoad}: each deal's revision found by reading the
 * deal, its netted revision by the register's set, each total summed from its schedule with
 * {@link Caveats#add}), for random needles and filters over a few hundred synthetic deals and an
 * umbrella with its parts. The same service answers every try, so its index, its remembered needles
 * and its tables of amounts are reused across filters, as in the window.
 */
class SelectionTotalsPropertiesTest {

    private static final Portfolio REGISTER = register();
    private static final List<String> WORDS = words(REGISTER);

    private final AnalysisService service = new DefaultAnalysisService(new ScheduleEngine());
    private final ScheduleCache schedules = new ScheduleCache(new ScheduleEngine());
    private final RegisterViews views = new RegisterViews();

    private static Portfolio register() {
        Portfolio synthetic = new SyntheticPortfolioGenerator().generate(300, 7);
        List<Deal> deals = new ArrayList<>(synthetic.deals());
        // An umbrella netted against its parts (the synthetic register has none), so NETTED shows in the caveats.
        deals.add(deal("programme").title("Programme").counterparty("venture").announced("2025-01-10")
                .value("100", ValueBasis.TOTAL_OVER_TERM).term("2025-01", 10).capacityGw("10").build());
        deals.add(deal("site-a").title("Site A").counterparty("builder-a").link(LinkType.PART_OF, "programme")
                .value("30", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).capacityGw("4").build());
        deals.add(deal("site-b").title("Site B").counterparty("builder-b").link(LinkType.PART_OF, "programme")
                .announced("2025-06-01").value("25", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build());
        return new Portfolio(synthetic.name(), synthetic.parties(), deals, synthetic.contextSeries());
    }

    /** Pieces of the deals' titles and ids, to search for: needles that find some deals, many or none. */
    private static List<String> words(Portfolio register) {
        Set<String> words = new HashSet<>();
        for (Deal d : register.deals()) {
            for (String w : (d.title() + " " + d.id()).toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    words.add(w.substring(0, Math.min(w.length(), 1 + Math.abs(w.hashCode()) % 5)));
                }
            }
        }
        return words.stream().sorted().toList();
    }

    @Provide
    Arbitrary<DealFilter> filters() {
        List<String> partyIds = REGISTER.parties().stream().map(p -> p.id()).sorted().toList();
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(""), Arbitraries.of(WORDS),
                Arbitraries.strings().withChars("aeinorst ").ofMinLength(1).ofMaxLength(3));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 12 * 10).map(m -> LocalDate.of(2023, 1, 1).plusMonths(m));
        List<Scenario> scenarios = new ArrayList<>(Scenarios.builtIn().all());
        return Builders.withBuilder(() -> new FilterParts())
                .use(text).in((b, t) -> b.with(f -> f.withText(t)))
                .use(Arbitraries.of(partyIds).set().ofMaxSize(2)).withProbability(0.3).in((b, s) -> b.parties(s))
                .use(Arbitraries.of(DealKind.class).set().ofMinSize(1).ofMaxSize(3)).withProbability(0.3).in((b, s) -> b.kinds(s))
                .use(Arbitraries.of(DealStatus.class).set().ofMinSize(1).ofMaxSize(4)).withProbability(0.3).in((b, s) -> b.statuses(s))
                .use(Arbitraries.of(Confidence.class).set().ofMinSize(1).ofMaxSize(2)).withProbability(0.2).in((b, s) -> b.confidences(s))
                .use(Arbitraries.of(MoneyDirection.class)).withProbability(0.2).in((b, d) -> b.with(f -> f.withDirections(Set.of(d))))
                .use(dates).withProbability(0.3).in((b, d) -> b.from(d))
                .use(dates).withProbability(0.3).in((b, d) -> b.to(d))
                .use(dates).withProbability(0.3).in((b, d) -> b.with(f -> f.withAsOf(d)))
                .use(Arbitraries.of(scenarios)).withProbability(0.3).in((b, s) -> b.with(f -> f.withScenario(s)))
                .use(Arbitraries.of(true)).withProbability(0.3).in((b, g) -> b.with(f -> f.withGross(g)))
                .use(Arbitraries.of(partyIds).set().ofMinSize(1).ofMaxSize(2)).withProbability(0.15)
                .in((b, s) -> b.with(f -> f.withRoles(new PartyRoles(s, Set.of(), Set.of()))))
                .build(FilterParts::filter);
    }

    @Property(tries = 300)
    void rowsTotalsSummaryAndNettingAreTheOldRoads(@ForAll("filters") DealFilter filter) {
        DealSelection selection = service.select(REGISTER, DealSelectionQuery.of(filter));
        NettedRegister register = views.netted(REGISTER, filter);
        List<MatchedDeal> old = OldRoad.sorted(DealSearchIndex.of(register.portfolio()), schedules, register.nettedRevisions(),
                filter);

        assertThat(selection.rows()).isEqualTo(old.stream().map(MatchedDeal::view).toList());
        assertThat(selection.totals()).isEqualTo(OldRoad.summary(old, filter, GroupBy.NONE).total());
        assertThat(selection.summary(GroupBy.COUNTERPARTY)).isEqualTo(OldRoad.summary(old, filter, GroupBy.COUNTERPARTY));
        assertThat(selection.netting()).containsExactlyInAnyOrderElementsOf(service.netting(REGISTER, filter));
        // And again, now that the index, the needles and the amounts are warm.
        assertThat(service.select(REGISTER, DealSelectionQuery.of(filter)).totals()).isEqualTo(selection.totals());
    }

    /** A filter's sets and window, made up one part at a time. */
    static final class FilterParts {
        private DealFilter filter = DealFilter.ALL;
        private Set<String> parties = Set.of();
        private Set<DealKind> kinds = Set.of();
        private Set<DealStatus> statuses = Set.of();
        private Set<Confidence> confidences = Set.of();
        private LocalDate from;
        private LocalDate to;

        FilterParts with(java.util.function.UnaryOperator<DealFilter> change) {
            filter = change.apply(filter);
            return this;
        }

        FilterParts parties(Set<String> s) {
            parties = s;
            return this;
        }

        FilterParts kinds(Set<DealKind> s) {
            kinds = s;
            return this;
        }

        FilterParts statuses(Set<DealStatus> s) {
            statuses = s;
            return this;
        }

        FilterParts confidences(Set<Confidence> s) {
            confidences = s;
            return this;
        }

        FilterParts from(LocalDate d) {
            from = d;
            return this;
        }

        FilterParts to(LocalDate d) {
            to = d;
            return this;
        }

        DealFilter filter() {
            DealFilter f = filter;
            return new DealFilter(f.text(), parties, kinds, statuses, confidences, from, to, f.asOf(), f.directions(),
                    f.scenario(), f.gross(), f.roles());
        }
    }

    /** The matcher and the summary as they were before the per-deal amounts (2026-12-07), for comparison. */
    private static final class OldRoad {

        static List<MatchedDeal> sorted(DealSearchIndex index, ScheduleCache schedules, Set<Revision> netted, DealFilter filter) {
            List<Deal> deals = index.deals();
            DealSearchIndex.TextSearch text = filter.text() == null || filter.text().isBlank()
                    ? null : index.search(SearchFolding.fold(filter.text().strip()));
            int fromMonth = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
            int toMonth = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
            List<MatchedDeal> matched = new ArrayList<>();
            for (int i = 0; i < deals.size(); i++) {
                int position = index.positionOfRank(i);
                Deal deal = deals.get(position);
                boolean passesDeal = (filter.parties().isEmpty()
                        || filter.parties().contains(deal.buyerId()) || filter.parties().contains(deal.counterpartyId()))
                        && filter.roles().admits(deal)
                        && (filter.kinds().isEmpty() || filter.kinds().contains(deal.kind()))
                        && (filter.directions().isEmpty() || filter.directions().contains(deal.direction()));
                int known = DealMatcher.revisionIndexAsOf(deal, filter.asOf());
                if (!passesDeal || known < 0) {
                    continue;
                }
                Revision revision = deal.revisions().get(known);
                if (!filter.statuses().isEmpty() && !filter.statuses().contains(revision.status())
                        || !filter.confidences().isEmpty() && !filter.confidences().contains(revision.value().confidence())
                        || text != null && !text.matches(position, known)) {
                    continue;
                }
                MatchedDeal seen = index.matched(position, known, schedules);
                if (netted.contains(revision)) {
                    seen = new MatchedDeal(seen.view(), seen.scheduled().withFlag(ScheduleFlag.NETTED));
                }
                if (seen.scheduled().overlaps(fromMonth, toMonth)) {
                    matched.add(seen);
                }
            }
            return matched;
        }

        private static final class Acc {
            final String key;
            final String label;
            int deals;
            long commitments;
            long inflows;
            long kilowatts;
            final Caveats caveats = new Caveats();

            Acc(String key, String label) {
                this.key = key;
                this.label = label;
            }

            SummaryRow row() {
                return new SummaryRow(key, label, deals, commitments, inflows, kilowatts, caveats.toMap());
            }
        }

        static Summary summary(List<MatchedDeal> matched, DealFilter filter, GroupBy groupBy) {
            int from = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
            int to = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
            SeriesGrouping grouping = new SeriesGrouping(groupBy);
            Acc total = new Acc(SummaryAssembler.TOTAL_KEY, SummaryAssembler.TOTAL_LABEL);
            Map<String, Acc> groups = new LinkedHashMap<>();
            for (MatchedDeal m : matched) {
                add(m, from, to, groups.computeIfAbsent(grouping.key(m.view()), k -> new Acc(k, grouping.label(m.view()))));
                add(m, from, to, total);
            }
            List<Acc> ordered = new ArrayList<>(groups.values());
            ordered.sort(Comparator.comparingLong((Acc a) -> a.commitments).reversed()
                    .thenComparing(Comparator.comparingLong((Acc a) -> a.inflows).reversed()).thenComparing(a -> a.key));
            return new Summary(groupBy, filter, TimelinePlan.CURRENCY, ordered.stream().map(Acc::row).toList(), total.row());
        }

        private static void add(MatchedDeal m, int from, int to, Acc acc) {
            ScheduledDeal scheduled = m.scheduled();
            acc.deals++;
            acc.caveats.add(scheduled.flags());
            boolean usd = TimelinePlan.CURRENCY.equals(scheduled.currency());
            if (!usd) {
                acc.caveats.addOtherCurrency();
            }
            if (!m.view().revision().status().isLive()) {
                acc.caveats.addMarks(DealAmounts.NOT_LIVE);
                return;
            }
            acc.kilowatts = ExactSums.kilowatts(acc.kilowatts, scheduled.sumBetween(from, to, true));
            if (usd) {
                long money = scheduled.sumBetween(from, to, false);
                if (m.view().deal().direction() == MoneyDirection.INFLOW) {
                    acc.inflows = ExactSums.money(acc.inflows, money);
                } else {
                    acc.commitments = ExactSums.money(acc.commitments, money);
                }
            }
        }
    }
}
