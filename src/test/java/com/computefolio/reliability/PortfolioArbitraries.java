package com.computefolio.reliability;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Generators of valid registers for the round-trip properties: any number of parties, deals,
 * revisions, figures, legs, links, sources and context series, and text drawn from many scripts
 * (Latin, Arabic, Devanagari, CJK, Hangul, emoji beyond U+FFFF, combining marks, direction and
 * joiner marks, quotes, backslashes, tabs and line breaks). Every generated portfolio passes the
 * domain validator; the properties check that first, so a generator that drifts from the rules fails loudly.
 */
final class PortfolioArbitraries {

    /** Amounts up to the validator's limit of 10^15 in major units. */
    static final long MAX_MINOR = 100_000_000_000_000_000L;
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "AED", "CNY");

    private PortfolioArbitraries() {
    }

    // ---- text ------------------------------------------------------------------------------------

    /** Blocks of code points text is drawn from, each with a weight: mostly ASCII, every block often enough. */
    private static final int[][] BLOCKS = {
        {8, 0x20, 0x7E}, {2, 0xA0, 0x17F}, {3, 0x600, 0x6FF}, {1, 0x900, 0x97F}, {3, 0x4E00, 0x9FFF},
        {1, 0xAC00, 0xD7A3}, {3, 0x1F300, 0x1F6FF}, {1, 0x300, 0x36F},
    };
    /** Marks and characters that trip up writers: joiners, direction marks, a BOM, separators, quotes, escapes. */
    private static final int[] SPECIALS = {0x200D, 0x200F, 0x202E, 0xFEFF, '"', '\\', '\'', '=', ';', ',', '<', '&',
        0x2028, '\n', '\r', '\t'};
    /** The specials before the line breaks and the tab, which only multi-line fields may hold. */
    private static final int SINGLE_LINE_SPECIALS = 12;
    private static final int SPECIALS_WEIGHT = 2;

    /**
     * Text of up to {@code maxCodePoints} code points. The length is a jqwik integer, so a failing
     * example shrinks to short text; the characters are drawn directly from a Random, which is
     * dozens of times faster than a jqwik list of characters and matters with thousands of strings per try.
     */
    static Arbitrary<String> text(int maxCodePoints) {
        return Arbitraries.integers().between(0, maxCodePoints).withDistribution(RandomDistribution.biased())
                .flatMap(length -> Arbitraries.randomValue(random -> randomText(random, length, true)));
    }

    /** One line of text, for ids, titles, names and labels: no line breaks or tabs (TextChecks refuses them there). */
    static Arbitrary<String> lineText(int maxCodePoints) {
        return Arbitraries.integers().between(0, maxCodePoints).withDistribution(RandomDistribution.biased())
                .flatMap(length -> Arbitraries.randomValue(random -> randomText(random, length, false)));
    }

    static Arbitrary<String> nonBlankLineText(int maxCodePoints) {
        return lineText(maxCodePoints).filter(s -> !s.isBlank());
    }

    private static String randomText(Random random, int length, boolean lineBreaks) {
        int totalWeight = SPECIALS_WEIGHT;
        for (int[] block : BLOCKS) {
            totalWeight += block[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(totalWeight);
            int codePoint = SPECIALS[random.nextInt(lineBreaks ? SPECIALS.length : SINGLE_LINE_SPECIALS)];
            for (int[] block : BLOCKS) {
                if (pick < block[0]) {
                    codePoint = block[1] + random.nextInt(block[2] - block[1] + 1);
                    break;
                }
                pick -= block[0];
            }
            sb.appendCodePoint(codePoint);
        }
        return sb.toString();
    }

    static Arbitrary<String> nonBlankText(int maxCodePoints) {
        return text(maxCodePoints).filter(s -> !s.isBlank());
    }

    static Arbitrary<String> slug() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(24)
                .filter(s -> s.charAt(0) != '-');
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    static Arbitrary<YearMonth> month() {
        return Arbitraries.integers().between(0, 12 * 40).map(m -> YearMonth.of(2000, 1).plusMonths(m));
    }

    // ---- sources ---------------------------------------------------------------------------------

    /** n distinct sources S1..Sn (ids unique, so the writer never has to rename one). */
    static Arbitrary<List<Source>> sources(int min, int max) {
        Arbitrary<Source> oneWithoutId = Combinators.combine(nonBlankLineText(30), lineText(40).injectNull(0.3), slug(),
                date().injectNull(0.4), text(300).injectNull(0.5))
                .as((publisher, title, path, published, quote) -> new Source("?", publisher, title,
                        "https://example.com/" + path + "?q=" + path.length(), published, quote));
        return oneWithoutId.list().ofMinSize(min).ofMaxSize(max).map(list -> {
            List<Source> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Source s = list.get(i);
                numbered.add(new Source("S" + (i + 1), s.publisher(), s.title(), s.url(), s.published(), s.quote()));
            }
            return numbered;
        });
    }

    // ---- raw parts: everything random, with references as numbers resolved when the register is put together.
    // (Building each part from the previous one with flatMap makes jqwik create new generators for every
    // try, which was 20 times slower.)

    /** Picks of sources, resolved modulo the pool size; duplicates dropped. */
    private static Arbitrary<List<Integer>> picks(int min) {
        return Arbitraries.integers().between(0, 99).list().ofMinSize(min).ofMaxSize(2);
    }

    private record RawFigure(ValueBasis basis, String currency, long amount, Long lowGap, Long highGap,
                             Confidence confidence, List<Integer> sources, String label) {
    }

    private record RawLeg(String label, YearMonth start, int months, ScheduleShape shape, Capacity capacity, double weight) {
    }

    private record RawRevision(String change, DealStatus status, RawFigure value, List<RawFigure> others, Term term,
                               Capacity capacity, String hardware, List<Integer> sources, String notes, List<RawLeg> legs) {
    }

    private record RawDeal(String title, DealKind kind, MoneyDirection direction, LocalDate announced, List<String> tags,
                           String notes, List<RawRevision> revisions, List<Integer> wiring) {
    }

    private static Arbitrary<RawFigure> rawFigure() {
        return Combinators.combine(Arbitraries.of(ValueBasis.class), Arbitraries.of(CURRENCIES),
                Arbitraries.longs().between(0, MAX_MINOR), Arbitraries.longs().between(0, MAX_MINOR).injectNull(0.6),
                Arbitraries.longs().between(0, MAX_MINOR).injectNull(0.6), Arbitraries.of(Confidence.class), picks(1),
                lineText(30).injectNull(0.6)).as(RawFigure::new);
    }

    private static Arbitrary<RawLeg> rawLeg() {
        return Combinators.combine(lineText(20).injectNull(0.3), month(), Arbitraries.integers().between(1, 1200),
                Arbitraries.of(ScheduleShape.class), Arbitraries.longs().between(0, 100_000_000L).map(Capacity::new).injectNull(0.5),
                Arbitraries.doubles().between(0, 1)).as(RawLeg::new);
    }

    private static Arbitrary<RawRevision> rawRevision() {
        Arbitrary<Term> term = Combinators.combine(month(), Arbitraries.integers().between(1, 1200), Arbitraries.of(true, false))
                .as(Term::new).injectNull(0.3);
        Arbitrary<Capacity> capacity = Arbitraries.longs().between(0, 100_000_000_000L).map(Capacity::new).injectNull(0.5);
        Arbitrary<RawHead> head = Combinators.combine(text(60).injectNull(0.3), Arbitraries.of(DealStatus.class), rawFigure(),
                rawFigure().list().ofMaxSize(2)).as(RawHead::new);
        return Combinators.combine(head, term, capacity, lineText(30).injectNull(0.5), picks(0), text(80).injectNull(0.6),
                        rawLeg().list().ofMaxSize(3))
                .as((h, t, cap, hardware, sources, notes, legs) -> new RawRevision(h.change(), h.status(), h.value(), h.others(),
                        t, cap, hardware, sources, notes, legs));
    }

    private record RawHead(String change, DealStatus status, RawFigure value, List<RawFigure> others) {
    }

    private static Arbitrary<RawDeal> rawDeal() {
        return Combinators.combine(nonBlankLineText(40), Arbitraries.of(DealKind.class), Arbitraries.of(MoneyDirection.class),
                date(), nonBlankLineText(15).list().ofMaxSize(3), text(200).injectNull(0.4), rawRevision().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 1000).list().ofSize(6)).as(RawDeal::new);
    }

    // ---- whole registers ----------------------------------------------------------------------------

    static Arbitrary<Portfolio> portfolio() {
        Arbitrary<List<Party>> parties = Combinators.combine(slug(), nonBlankLineText(30), Arbitraries.of(PartyKind.class))
                .as(Party::new).list().ofMinSize(2).ofMaxSize(5).uniqueElements(Party::id);
        Arbitrary<List<String>> dealIds = slug().list().ofMaxSize(5).uniqueElements();
        Arbitrary<List<LocalDate>> knownFroms = date().list().ofSize(3).uniqueElements();
        return Combinators.combine(lineText(40).injectNull(0.2), parties, dealIds, rawDeal().list().ofSize(5),
                        knownFroms.list().ofSize(5), sources(1, 6), rawSeries().list().ofMaxSize(2).uniqueElements(RawSeries::id))
                .as(PortfolioArbitraries::assemble);
    }

    private static Portfolio assemble(String name, List<Party> parties, List<String> dealIds, List<RawDeal> raw,
                                      List<List<LocalDate>> dates, List<Source> pool, List<RawSeries> series) {
        List<Deal> deals = new ArrayList<>();
        int m = parties.size();
        int n = dealIds.size();
        for (int i = 0; i < n; i++) {
            RawDeal d = raw.get(i);
            List<Integer> w = d.wiring();
            String buyer = parties.get(w.get(0) % m).id();
            String counterparty = parties.get((w.get(0) % m + 1 + w.get(1) % (m - 1)) % m).id();
            List<DealLink> links = new ArrayList<>();
            for (int k = 0; k < w.get(2) % 3 && n > 1; k++) {
                int targetIndex = (i + 1 + w.get(3 + k) % (n - 1)) % n;
                LinkType type = LinkType.values()[w.get(5) % LinkType.values().length];
                // A deal supersedes (or is part of) only deals listed before it, so that neither kind of
                // link goes round in a circle, which the validator refuses.
                if ((type == LinkType.SUPERSEDES || type == LinkType.PART_OF) && targetIndex > i) {
                    type = LinkType.RELATED;
                }
                links.add(new DealLink(type, dealIds.get(targetIndex)));
            }
            List<Revision> revisions = new ArrayList<>();
            for (int r = 0; r < d.revisions().size(); r++) {
                revisions.add(revision(d.revisions().get(r), dates.get(i).get(r), pool));
            }
            deals.add(new Deal(dealIds.get(i), d.title(), buyer, counterparty, d.kind(), d.direction(), d.announced(), links,
                    d.tags(), d.notes(), 0, revisions));
        }
        // Every series names its company (format version 2); without parties there is none to name.
        List<ContextSeries> context = parties.isEmpty() ? List.of() : series.stream().map(s -> new ContextSeries(s.id(), s.name(),
                s.unit(), s.points().stream().map(p -> new ContextPoint(p.period(), p.value(), p.confidence(),
                        cited(p.sources(), pool), p.note())).toList(),
                parties.get(Math.floorMod(s.id().hashCode(), parties.size())).id())).toList();
        return new Portfolio(name, parties, deals, context);
    }

    private static Revision revision(RawRevision r, LocalDate knownFrom, List<Source> pool) {
        Figure value = figure(r.value(), pool);
        List<Figure> others = r.others().stream().map(f -> figure(f, pool)).toList();
        Revision plain = new Revision(knownFrom, r.change(), r.status(), value, others, r.term(), r.capacity(), r.hardware(),
                List.of(), cited(r.sources(), pool), r.notes());
        return new Revision(knownFrom, r.change(), r.status(), value, others, r.term(), r.capacity(), r.hardware(),
                legs(plain, r.legs()), plain.sources(), r.notes());
    }

    private static Figure figure(RawFigure f, List<Source> pool) {
        List<Source> sources = cited(f.sources(), pool);
        if (f.basis() == ValueBasis.UNDISCLOSED) {
            return new Figure(f.basis(), null, null, null, f.confidence(), sources, f.label());
        }
        // A yearly amount over the longest span (legs can reach 140 years without a term) must stay within the limit.
        long amount = f.basis() == ValueBasis.PER_YEAR ? f.amount() / 200
                : f.basis() == ValueBasis.PER_MONTH ? f.amount() / 2400 : f.amount();
        Money low = f.lowGap() == null ? null : new Money(f.currency(), Math.max(0, amount - f.lowGap()));
        Money high = f.highGap() == null ? null : new Money(f.currency(), Math.min(MAX_MINOR, amount + f.highGap()));
        return new Figure(f.basis(), new Money(f.currency(), amount), low, high, f.confidence(), sources, f.label());
    }

    /** Legs that carry the whole headline total between them, or capacity only when there is no total to split. */
    private static List<ScheduleLeg> legs(Revision plain, List<RawLeg> raw) {
        Long total = plain.value().isDisclosed() && plain.term() != null ? HeadlineTotal.minorUnits(plain).orElseThrow() : null;
        String currency = HeadlineTotal.currency(plain);
        List<ScheduleLeg> legs = new ArrayList<>();
        long left = total == null ? 0 : total;
        for (int i = 0; i < raw.size(); i++) {
            RawLeg leg = raw.get(i);
            Money amount = null;
            if (total != null) {
                // Clamped: a double holds amounts near 10^17 cents only to about a cent.
                long part = i == raw.size() - 1 ? left : Math.max(0, Math.min(left, (long) (left * leg.weight())));
                left -= part;
                amount = new Money(currency, part);
            }
            legs.add(new ScheduleLeg(leg.label(), leg.start(), leg.months(), leg.shape(), amount, leg.capacity()));
        }
        return legs;
    }

    private static List<Source> cited(List<Integer> picks, List<Source> pool) {
        return picks.stream().map(p -> pool.get(p % pool.size())).distinct().toList();
    }

    private record RawPoint(String period, BigDecimal value, Confidence confidence, List<Integer> sources, String note) {
    }

    private record RawSeries(String id, String name, String unit, List<RawPoint> points) {
    }

    private static Arbitrary<RawSeries> rawSeries() {
        Arbitrary<String> period = Arbitraries.oneOf(Arbitraries.integers().between(2000, 2040).map(Object::toString),
                month().map(YearMonth::toString));
        Arbitrary<BigDecimal> value = Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000L),
                        Arbitraries.integers().between(0, 4))
                .as((unscaled, scale) -> canonical(BigDecimal.valueOf(unscaled, scale)));
        Arbitrary<RawPoint> point = Combinators.combine(period, value, Arbitraries.of(Confidence.class), picks(1),
                text(40).injectNull(0.5)).as(RawPoint::new);
        return Combinators.combine(slug(), nonBlankLineText(30), Arbitraries.of("USD_BILLIONS", "GW"), point.list().ofMaxSize(3))
                .as(RawSeries::new);
    }

    /** Decimal text has one spelling per number: no trailing zeros, no exponent. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
