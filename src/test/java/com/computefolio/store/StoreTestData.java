package com.computefolio.store;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
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

/** Deals, parties and series for store tests: one of every field, and many simple generated deals. */
final class StoreTestData {

    static final Party OPENAI = new Party("openai", "OpenAI", PartyKind.AI_LAB);
    static final Party AMAZON = new Party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD);
    static final Party NVIDIA = new Party("nvidia", "Nvidia", PartyKind.CHIPMAKER);
    static final Party G42 = new Party("g42", "مجموعة G42 (أبوظبي)", PartyKind.INVESTOR);

    static final Source DIGITIMES = new Source("S24", "DigiTimes", "Amazon AWS and OpenAI partnership",
            "https://apps.digitimes.com/news/a20251104VL203/amazon-aws-openai-partnership-infrastructure.html",
            LocalDate.of(2025, 11, 4), "All targeted capacity is expected to be deployed before the end of 2026");
    static final Source NIKKEI = new Source("S31", "日本経済新聞", "オープンAI、計算資源を拡大 🚀", "https://www.nikkei.com/article/x",
            LocalDate.of(2026, 2, 27), "「約1380億ドル」と報じた");
    static final Source BARE = new Source("S99", "Blog", null, "https://example.org/post", null, null);

    private StoreTestData() {
    }

    /** In id order, the order the store lists them in. */
    static List<Party> parties() {
        return List.of(AMAZON, G42, NVIDIA, OPENAI);
    }

    /** A deal that uses every field the store keeps, with text in Arabic, Japanese and emoji. */
    static Deal richDeal() {
        Figure announced = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.billionsUsd("38"), null, null,
                Confidence.OFFICIAL, List.of(DIGITIMES), null);
        Revision first = new Revision(LocalDate.of(2025, 11, 3), "Announced: $38B over seven years.",
                DealStatus.DEFINITIVE, announced, List.of(), Term.of(YearMonth.of(2025, 11), 84), null,
                "Nvidia GB200/GB300", List.of(), List.of(DIGITIMES), null);
        Figure expanded = new Figure(ValueBasis.UP_TO, Money.billionsUsd("138"), null, null, Confidence.REPORTED,
                List.of(NIKKEI, DIGITIMES), "Nikkei's figure — ١٣٨ مليار");
        Figure estimate = new Figure(ValueBasis.ANALYST_ESTIMATE, new Money("USD", 12_000_000_000_01L),
                Money.billionsUsd("100"), Money.billionsUsd("150"), Confidence.ESTIMATE, List.of(BARE), "Citi 估计 📈");
        Figure undisclosed = Figure.undisclosed(Confidence.REPORTED, List.of(NIKKEI));
        List<ScheduleLeg> legs = List.of(
                new ScheduleLeg("Phase 1 — 第一期", YearMonth.of(2026, 2), 10, ScheduleShape.RAMP,
                        Money.billionsUsd("38"), Capacity.ofGigawatts("1.25")),
                new ScheduleLeg(null, YearMonth.of(2026, 12), 1, ScheduleShape.LUMP, Money.billionsUsd("100"), null),
                new ScheduleLeg("capacity milestone", YearMonth.of(2027, 6), 3, ScheduleShape.EVEN, null,
                        Capacity.ofGigawatts("0.000001")));
        Revision second = new Revision(LocalDate.of(2026, 2, 27), "Expanded to $138B; تم التوسيع",
                DealStatus.AMENDED, expanded, List.of(estimate, undisclosed), new Term(YearMonth.of(2026, 2), 96, true),
                Capacity.ofGigawatts("2.5"), "Trainium 3 🧠", legs, List.of(NIKKEI, BARE), "Notes with\nnew lines and 'quotes'; -- not a comment");
        Revision third = new Revision(LocalDate.of(2026, 6, 1), "", DealStatus.PAUSED,
                new Figure(ValueBasis.PER_YEAR, new Money("EUR", 5), null, null, Confidence.REPORTED, List.of(), ""),
                List.of(), null, Capacity.ZERO, null, List.of(), List.of(), "");
        return new Deal("openai-aws-cloud", "AWS cloud capacity — سحابة", "openai", "amazon", DealKind.CLOUD_SERVICES,
                MoneyDirection.COMMITMENT, LocalDate.of(2025, 11, 3),
                List.of(new DealLink(LinkType.RELATED, "nvidia-openai-equity"), new DealLink(LinkType.EXPANDS, "nvidia-openai-equity")),
                List.of("stargate-adjacent", "云", "🔥"), "Free text: عربى, 中文, 😀", 0, List.of(third, first, second));
    }

    /** A plain deal the rich one links to. */
    static Deal linkedDeal() {
        return simpleDeal("nvidia-openai-equity", "openai", "nvidia", 100_000_000_000_00L);
    }

    static Deal simpleDeal(String id, String buyer, String counterparty, long minorUnits) {
        Figure value = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.usd(minorUnits), null, null, Confidence.REPORTED,
                List.of(DIGITIMES), null);
        Revision revision = new Revision(LocalDate.of(2025, 9, 22), "Letter of intent", DealStatus.LETTER_OF_INTENT,
                value, List.of(), Term.of(YearMonth.of(2026, 1), 60), null, null, List.of(), List.of(DIGITIMES), null);
        return new Deal(id, "Deal " + id, buyer, counterparty, DealKind.EQUITY_INVESTMENT, MoneyDirection.INFLOW,
                LocalDate.of(2025, 9, 22), List.of(), List.of(), null, 0, List.of(revision));
    }

    static ContextSeries revenueSeries() {
        return new ContextSeries("openai-revenue", "OpenAI revenue — الإيرادات", "USD_BILLIONS", List.of(
                new ContextPoint("2025", new BigDecimal("13.1"), Confidence.REPORTED, List.of(DIGITIMES), "CNBC"),
                new ContextPoint("2025", new BigDecimal("12.70"), Confidence.ESTIMATE, List.of(NIKKEI, BARE), null),
                new ContextPoint("2026-02", new BigDecimal("1E+1"), Confidence.OFFICIAL, List.of(), "")));
    }

    /**
     * The portfolio the checked-in schema fixtures hold (src/test/resources/fixtures): everything above.
     * The fixtures were written from it, so changing any value used here means the fixture tests fail.
     */
    static Portfolio knownPortfolio() {
        return new Portfolio("Known portfolio ✓", parties(), List.of(linkedDeal(), richDeal()), List.of(revenueSeries()));
    }

    /** The main buyer of {@link #knownPortfolio()} as the store orders deals (by id) and parties (by id). */
    static String mainBuyerOfKnownPortfolio() {
        Portfolio known = knownPortfolio();
        List<Deal> byId = known.deals().stream().sorted(java.util.Comparator.comparing(Deal::id)).toList();
        return com.computefolio.domain.MainBuyer.of(byId, known.parties().stream().map(p -> p.id()).sorted().toList());
    }

    /**
     * A generated register shaped like a large real one: each deal has two revisions with two figures
     * (value and one other), two sources and one or two schedule legs.
     */
    static List<Deal> generatedDeals(int count) {
        List<Deal> deals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = i % 5000;
            Source a = new Source("G" + s, "Publisher " + (s % 97), "Title " + s, "https://example.org/" + s,
                    LocalDate.of(2025, 1 + s % 12, 1 + s % 28), "quote " + s);
            Source b = new Source("H" + (i % 3000), "Wire", null, "https://wire.example/" + (i % 3000), null, null);
            List<Revision> revisions = new ArrayList<>(2);
            for (int r = 0; r < 2; r++) {
                long amount = 1_000_00L * (i + 1) * (r + 1);
                Figure value = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.usd(amount), null, null, Confidence.OFFICIAL,
                        List.of(a), null);
                Figure other = new Figure(ValueBasis.ANALYST_ESTIMATE, Money.usd(amount + 1), Money.usd(amount / 2),
                        Money.usd(amount * 2), Confidence.ESTIMATE, List.of(b), "estimate");
                List<ScheduleLeg> legs = new ArrayList<>(2);
                legs.add(new ScheduleLeg("first", YearMonth.of(2026, 1), 12, ScheduleShape.EVEN, Money.usd(amount / 2),
                        new Capacity(1000L * (i % 50))));
                if (i % 2 == 0) {
                    legs.add(new ScheduleLeg("second", YearMonth.of(2027, 1), 12, ScheduleShape.RAMP,
                            Money.usd(amount - amount / 2), null));
                } else {
                    legs.set(0, new ScheduleLeg("all", YearMonth.of(2026, 1), 24, ScheduleShape.EVEN, Money.usd(amount), null));
                }
                revisions.add(new Revision(LocalDate.of(2025, 1 + r * 6, 1 + i % 28), "revision " + r,
                        r == 0 ? DealStatus.REPORTED : DealStatus.DEFINITIVE, value, List.of(other),
                        Term.of(YearMonth.of(2026, 1), 24), new Capacity(1000L * i), null, legs, List.of(a, b), null));
            }
            deals.add(new Deal(String.format("deal-%06d", i), "Generated deal " + i, "openai", i % 2 == 0 ? "amazon" : "nvidia",
                    DealKind.CLOUD_SERVICES, MoneyDirection.COMMITMENT, LocalDate.of(2025, 1, 1 + i % 28), List.of(),
                    List.of("generated"), null, 0, revisions));
        }
        return deals;
    }
}
