package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.ImportChecker;
import com.computefolio.io.ImportPlan;
import com.computefolio.io.csv.DealsCsvReader;
import com.computefolio.io.csv.DealsCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any deals that deals.csv can hold (one revision known from the announced date, one source, no
 * links, legs or other figures: docs/format.md) come back from write and read with every field
 * equal, whatever their text: quotes, commas, line breaks, formula-like starts, any script. Source
 * ids are not part of the CSV (they are derived from the source on reading), so sources are
 * compared by content.
 */
class CsvRoundTripPropertiesTest {

    private static final List<Party> PARTIES = List.of(new Party("openai", "OpenAI", PartyKind.AI_LAB),
            new Party("amazon", "Amazon", PartyKind.HYPERSCALER_CLOUD), new Party("g42", "مجموعة G42", PartyKind.INVESTOR));
    private static Path dir;

    private final DealValidator validator = new DealValidator();
    private final DealsCsvWriter writer = new DealsCsvWriter();
    private final DealsCsvReader reader = new DealsCsvReader();

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("csv-round-trip");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        Fuzzing.deleteTree(dir);
    }

    @Property
    @ScaledTries(ci = 250, full = 5000)
    void anyDealsACsvCanHoldSurviveWriteAndReadExactly(@ForAll("csvDeals") List<Deal> deals) throws IOException {
        Portfolio register = new Portfolio("csv", PARTIES, List.of(), List.of());
        assertThat(validator.validatePortfolio(new Portfolio("csv", PARTIES, deals, List.of())))
                .as("the generator makes valid deals").isEmpty();
        Path file = dir.resolve("deals.csv");

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(deals, null, written);
        Files.write(file, written.toByteArray());
        ImportPlan back = new ImportChecker(validator).check(List.of(reader.parse(file)), register);

        assertThat(back.problems()).isEmpty();
        assertThat(back.deals().stream().map(CsvRoundTripPropertiesTest::withoutSourceIds).toList())
                .isEqualTo(deals.stream().map(CsvRoundTripPropertiesTest::withoutSourceIds).toList());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        writer.write(back.deals(), null, again);
        assertThat(again.toByteArray()).isEqualTo(written.toByteArray());
    }

    @Provide
    Arbitrary<List<Deal>> csvDeals() {
        return PortfolioArbitraries.slug().list().ofMaxSize(6).uniqueElements()
                .flatMap(ids -> Combinators.combine(ids.stream().map(this::csvDeal).toList()).as(List::copyOf));
    }

    private Arbitrary<Deal> csvDeal(String id) {
        Arbitrary<String> optionalText = PortfolioArbitraries.nonBlankText(60).injectNull(0.4);
        Arbitrary<String> optionalLine = PortfolioArbitraries.nonBlankLineText(60).injectNull(0.4);
        Arbitrary<Source> source = Combinators.combine(PortfolioArbitraries.nonBlankLineText(30), optionalLine,
                        PortfolioArbitraries.slug(), PortfolioArbitraries.date().injectNull(0.4), optionalText)
                .as((publisher, title, path, published, quote) -> new Source("S-" + id, publisher, title,
                        "https://example.com/" + path, published, quote));
        Arbitrary<Figure> value = Combinators.combine(Arbitraries.of(ValueBasis.class), Arbitraries.of("USD", "EUR", "AED"),
                        Arbitraries.longs().between(0, PortfolioArbitraries.MAX_MINOR / 100), Arbitraries.of(Confidence.class), source)
                .as((basis, currency, amount, confidence, s) -> new Figure(basis,
                        basis == ValueBasis.UNDISCLOSED ? null
                                // A monthly price over the longest term (1200 months) must stay within the limit.
                                : new Money(currency, basis == ValueBasis.PER_MONTH ? amount / 1200 : amount),
                        null, null, confidence, List.of(s), null));
        Arbitrary<Term> term = Combinators.combine(PortfolioArbitraries.month(), Arbitraries.integers().between(1, 1200))
                .as(Term::of).injectNull(0.3);
        Arbitrary<List<String>> tags = PortfolioArbitraries.nonBlankLineText(15).map(String::strip).filter(t -> !t.contains(";"))
                .list().ofMaxSize(3);
        Arbitrary<Integer> parties = Arbitraries.integers().between(0, PARTIES.size() * (PARTIES.size() - 1) - 1);
        Arbitrary<Revision> revision = Combinators.combine(Arbitraries.of(DealStatus.class), value, term,
                        Arbitraries.longs().between(0, 100_000_000_000L).map(Capacity::new).injectNull(0.5), optionalLine)
                .as((status, v, t, capacity, hardware) -> new Revision(java.time.LocalDate.EPOCH, null, status, v, List.of(),
                        t, capacity, hardware, List.of(), v.sources(), null));
        return Combinators.combine(PortfolioArbitraries.nonBlankLineText(40), parties, Arbitraries.of(DealKind.class),
                        Arbitraries.of(MoneyDirection.class), PortfolioArbitraries.date(), tags, optionalText, revision)
                .as((title, pair, kind, direction, announced, tagList, notes, r) -> {
                    Party buyer = PARTIES.get(pair / (PARTIES.size() - 1));
                    List<Party> others = PARTIES.stream().filter(p -> p != buyer).toList();
                    Party counterparty = others.get(pair % (PARTIES.size() - 1));
                    Revision known = new Revision(announced, null, r.status(), r.value(), List.of(), r.term(), r.capacity(),
                            r.hardware(), List.of(), r.sources(), null);
                    return new Deal(id, title, buyer.id(), counterparty.id(), kind, direction, announced, List.of(), tagList,
                            notes, 0, List.of(known));
                });
    }

    private static Deal withoutSourceIds(Deal deal) {
        return deal.withRevisions(deal.revisions().stream().map(r -> new Revision(r.knownFrom(), r.change(), r.status(),
                new Figure(r.value().basis(), r.value().amount(), r.value().low(), r.value().high(), r.value().confidence(),
                        r.value().sources().stream().map(CsvRoundTripPropertiesTest::withoutId).toList(), r.value().label()),
                r.otherFigures(), r.term(), r.capacity(), r.hardware(), r.legs(),
                r.sources().stream().map(CsvRoundTripPropertiesTest::withoutId).toList(), r.notes())).toList());
    }

    private static Source withoutId(Source s) {
        return new Source("", s.publisher(), s.title(), s.url(), s.published(), s.quote());
    }
}
