package com.computefolio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Figure;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Translations;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.ImportResult;
import com.computefolio.testing.InMemoryPortfolioStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second curated dataset (data/ai-buyers-portfolio.json, format version 2: what
 * {@code import --dataset ai-buyers} loads) read the way the application reads it, plus the curation
 * rules of docs/dataset.md that a person can check by hand.
 */
class AiBuyersDatasetTest {

    static final Path DATASET = Path.of("data", "ai-buyers-portfolio.json");
    static final Path OPENAI_DATASET = Path.of("data", "openai-portfolio.json");
    /** The version 1 file this one replaced, kept only to show that switching changed no total. */
    static final Path VERSION_1 = Path.of("src", "test", "resources", "datasets", "ai-buyers-portfolio.v1.json");
    private static final int LONGEST_QUOTE_WORDS = 25;

    private static ReadResult read;
    private static Portfolio portfolio;
    private static JsonNode json;

    @BeforeAll
    static void readDataset() throws IOException {
        read = new PortfolioJsonReader(new DealValidator()).read(DATASET);
        portfolio = read.portfolio();
        json = new ObjectMapper().readTree(DATASET.toFile());
    }

    @Test
    void readsWithoutAnyProblem() {
        assertThat(read.problems()).extracting(Problem::describe).isEmpty();
    }

    @Test
    void validatesAndImportsAloneIntoAnEmptyRegister() throws Exception {
        DefaultPortfolioService service = new DefaultPortfolioService(new InMemoryPortfolioStore(), new DealValidator());

        assertThat(service.validateFiles(List.of(DATASET))).extracting(Problem::describe).isEmpty();
        ImportResult result = service.importFiles(List.of(DATASET));
        assertThat(result.dealsAdded()).isEqualTo(30);
        assertThat(result.partiesAdded()).isEqualTo(21);
        assertThat(result.sourcesAdded()).isEqualTo(json.get("sources").size());
    }

    @Test
    void importsIntoARegisterThatAlreadyHoldsTheOpenAiFileAddingOnlyItsNewParties() throws Exception {
        DefaultPortfolioService service = new DefaultPortfolioService(new InMemoryPortfolioStore(), new DealValidator());
        service.importFiles(List.of(OPENAI_DATASET));

        ImportResult result = service.importFiles(List.of(DATASET));

        assertThat(result.dealsAdded()).isEqualTo(30);
        assertThat(result.dealsReplaced()).isZero();
        assertThat(result.partiesAdded()).isEqualTo(14);
    }

    @Test
    void isTheFileTheAiBuyersDatasetNameImportsAndIsInFormatVersion2() {
        assertThat(com.computefolio.app.Datasets.find("ai-buyers")).get()
                .extracting(com.computefolio.app.Datasets.Dataset::file).isEqualTo(DATASET.getFileName().toString());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
    }

    @Test
    void holdsThirtyDealsOfFiveBuyersUnderUniqueIds() {
        assertThat(portfolio.deals()).extracting(Deal::id).hasSize(30).doesNotHaveDuplicates();
        assertThat(portfolio.deals()).extracting(Deal::buyerId).containsOnly("anthropic", "meta", "microsoft", "xai", "fluidstack");
    }

    @Test
    void partiesSharedWithTheOpenAiFileHaveItsNameAndKind() throws IOException {
        Map<String, Party> openAi = new PortfolioJsonReader(new DealValidator()).read(OPENAI_DATASET).portfolio().parties().stream()
                .collect(Collectors.toMap(Party::id, Function.identity()));
        List<Party> shared = portfolio.parties().stream().filter(p -> openAi.containsKey(p.id())).toList();

        assertThat(shared).extracting(Party::id)
                .containsExactlyInAnyOrder("microsoft", "amazon", "oracle", "google", "coreweave", "nvidia", "nscale-aker");
        // Their names in other languages too (ADR 34): one party, one Arabic name, whichever file brought it.
        assertThat(shared).allSatisfy(p -> assertThat(p).isEqualTo(openAi.get(p.id())));
    }

    @Test
    void everyFigureCitesSourcesTheFileDefinesAndEverySourceIsCited() {
        Set<String> defined = new HashSet<>();
        json.get("sources").forEach(s -> defined.add(s.get("id").asText()));
        List<JsonNode> cited = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (JsonNode deal : json.get("deals")) {
            deal.path("roles").forEach(role -> role.path("sources").forEach(id -> used.add(id.asText())));
            for (JsonNode revision : deal.get("revisions")) {
                cited.add(revision.get("value"));
                revision.path("otherFigures").forEach(cited::add);
                revision.path("options").forEach(option -> cited.add(option.get("value")));
                revision.get("sources").forEach(id -> used.add(id.asText()));
                // A capacity figure without sources of its own is backed by the revision's (docs/format.md).
                revision.path("capacity").path("sources").forEach(id -> used.add(id.asText()));
            }
        }
        cited.forEach(figure -> figure.get("sources").forEach(id -> used.add(id.asText())));

        assertThat(cited).allSatisfy(figure -> assertThat(figure.get("sources")).isNotEmpty());
        assertThat(used).isEqualTo(defined);
    }

    @Test
    void sourcesNamePublisherAndHttpsAddressAndQuoteBrieflyUnderIdsTheOpenAiFileDoesNotUse() {
        for (JsonNode source : json.get("sources")) {
            String id = source.get("id").asText();
            assertThat(id).as("B for other buyers; S and C are the OpenAI file's").matches("B[0-9]+");
            assertThat(source.path("publisher").asText()).as(id).isNotBlank();
            assertThat(source.path("url").asText()).as(id).startsWith("https://");
            if (source.hasNonNull("quote")) {
                assertThat(source.get("quote").asText().trim().split("\\s+")).as(id).hasSizeLessThanOrEqualTo(LONGEST_QUOTE_WORDS);
            }
        }
    }

    @Test
    void analystEstimatesNeverStandInForAnUndisclosedValue() {
        for (Deal deal : portfolio.deals()) {
            for (Revision revision : deal.revisions()) {
                assertThat(revision.value().basis()).as(deal.id()).isNotEqualTo(ValueBasis.ANALYST_ESTIMATE);
                assertThat(revision.value().confidence()).as(deal.id()).isNotEqualTo(Confidence.ESTIMATE);
            }
        }
    }

    @Test
    void everyAssumedTermIsExplainedInItsRevisionNotes() {
        for (Deal deal : portfolio.deals()) {
            for (Revision revision : deal.revisions()) {
                if (revision.term() != null && revision.term().assumed()) {
                    assertThat(revision.notes()).as(deal.id() + " " + revision.knownFrom()).isNotBlank();
                }
            }
        }
    }

    @Test
    void googlesBackstopsAreGuarantorRolesBesideTheLeasesNeverTheirValue() {
        List<Deal> backstopped = portfolio.deals().stream().filter(d -> d.tags().contains("google-backstop")).toList();

        assertThat(backstopped).extracting(Deal::id).containsExactlyInAnyOrder("fluidstack-terawulf-2025", "fluidstack-cipher-2025");
        assertThat(backstopped).allSatisfy(d -> {
            assertThat(d.buyerId()).isEqualTo("fluidstack");
            assertThat(d.notes()).contains("Google").contains("warrants");
            assertThat(d.roles()).singleElement().satisfies(role -> {
                assertThat(role.role()).isEqualTo(PartyRole.GUARANTOR);
                assertThat(role.partyId()).isEqualTo("google");
                assertThat(role.sources()).isNotEmpty();
            });
            assertThat(d.current().value().amount()).isNotEqualTo(guarantee(d));
        });
        assertThat(guarantee(deal("fluidstack-terawulf-2025"))).isEqualTo(Money.billionsUsd("3.2"));
        assertThat(guarantee(deal("fluidstack-cipher-2025"))).isEqualTo(Money.billionsUsd("1.4"));
        // A role holds one amount for the deal; the first $1.8B stays in the revision it was known in.
        assertThat(deal("fluidstack-terawulf-2025").asOf(LocalDate.of(2025, 8, 15)).orElseThrow().otherFigures())
                .filteredOn(f -> f.label().contains("guarantee, not a payment")).extracting(Figure::amount)
                .containsExactly(Money.billionsUsd("1.8"));
    }

    @Test
    void hyperionsOwnersAndXaisCoInvestorHoldTheirShares() {
        assertThat(deal("meta-hyperion-jv-2025").roles()).extracting(DealRole::role, DealRole::partyId, r -> r.share().toPlainString())
                .containsExactlyInAnyOrder(tuple(PartyRole.JV_OWNER, "blue-owl", "80"), tuple(PartyRole.JV_OWNER, "meta", "20"));
        assertThat(deal("xai-colossus-2-gpus-2025").roles()).extracting(DealRole::role, DealRole::partyId)
                .containsExactly(tuple(PartyRole.CO_INVESTOR, "nvidia"));
    }

    @Test
    void terawulfLeaseGrowsFromThreePointSevenToSixPointSevenBillionWithTheCb5Expansion() {
        Deal terawulf = deal("fluidstack-terawulf-2025");

        assertThat(terawulf.asOf(LocalDate.of(2025, 8, 15)).orElseThrow().value().amount()).isEqualTo(Money.billionsUsd("3.7"));
        assertThat(terawulf.current().value().amount()).isEqualTo(Money.billionsUsd("6.7"));
        assertThat(terawulf.current().capacity().gigawatts()).isEqualByComparingTo("0.36");
        assertThat(terawulf.current().status()).isEqualTo(DealStatus.AMENDED);
    }

    @Test
    void moneyThatIsNotTheBuyersStaysBesideAnUndisclosedValue() {
        // The Hyperion JV's $27B build and the xAI vehicle's $20B funding are other people's money.
        assertThat(deal("meta-hyperion-jv-2025").current().value().isDisclosed()).isFalse();
        assertThat(deal("meta-hyperion-jv-2025").current().otherFigures()).extracting(Figure::amount)
                .contains(Money.billionsUsd("27"));
        assertThat(deal("xai-colossus-2-gpus-2025").current().value().isDisclosed()).isFalse();
        assertThat(deal("xai-colossus-2-gpus-2025").current().otherFigures()).extracting(Figure::amount)
                .contains(Money.billionsUsd("20"));
    }

    @Test
    void anthropicsGoogleDealIsReportedOnlyOnceItsValueIsTheUnconfirmedTwoHundredBillion() {
        Deal google = deal("anthropic-google-tpu-2026");

        Revision announced = google.asOf(LocalDate.of(2026, 4, 30)).orElseThrow();
        assertThat(announced.status()).isEqualTo(DealStatus.DEFINITIVE);
        assertThat(announced.value().isDisclosed()).isFalse();
        assertThat(google.current().status()).isEqualTo(DealStatus.REPORTED);
        assertThat(google.current().value().confidence()).isEqualTo(Confidence.REPORTED);
        assertThat(google.current().value().amount()).isEqualTo(Money.billionsUsd("200"));
    }

    @Test
    void xaisOracleExpansionWasARumourForEightWeeksAndThenCancelled() {
        Deal oracle = deal("xai-oracle-expansion-2024");

        assertThat(oracle.asOf(LocalDate.of(2024, 6, 1)).orElseThrow().status()).isEqualTo(DealStatus.RUMOURED);
        assertThat(oracle.current().status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(oracle.current().status().isLive()).isFalse();
    }

    @Test
    void amazonsMoneyIntoAnthropicBefore2026IsCountedOnceAsEightBillion() {
        Deal amazon = deal("anthropic-amazon-equity-2023");

        assertThat(amazon.direction()).isEqualTo(MoneyDirection.INFLOW);
        assertThat(amazon.asOf(LocalDate.of(2024, 1, 1)).orElseThrow().value().amount()).isEqualTo(Money.billionsUsd("4"));
        assertThat(amazon.current().value().amount()).isEqualTo(Money.billionsUsd("8"));
    }

    @Test
    void metasSecondCoreWeaveAndNebiusContractsExpandTheFirst() {
        assertThat(deal("meta-coreweave-2026").links()).contains(new DealLink(LinkType.EXPANDS, "meta-coreweave-2025"));
        assertThat(deal("meta-nebius-2026").links()).contains(new DealLink(LinkType.EXPANDS, "meta-nebius-2025"));
        // No umbrella in this file: nothing is netted, so gross and netted totals agree.
        assertThat(portfolio.deals()).allSatisfy(d -> assertThat(d.links()).noneMatch(l -> l.type() == LinkType.PART_OF));
    }

    @Test
    void theVersion2FileHoldsTheSameDealsRevisionsAndAmountsSoSwitchingKeepsEveryTotal() throws IOException {
        JsonNode v1 = new ObjectMapper().readTree(VERSION_1.toFile());

        assertThat(v1.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(amountsByRevision(json)).isEqualTo(amountsByRevision(v1));
    }

    private static List<String> amountsByRevision(JsonNode document) {
        List<String> out = new ArrayList<>();
        for (JsonNode deal : document.get("deals")) {
            for (JsonNode revision : deal.get("revisions")) {
                out.add(deal.get("id").asText() + " " + revision.get("knownFrom").asText() + " "
                        + revision.get("value").path("amount").asText("-") + " " + revision.get("status").asText());
            }
        }
        return out;
    }

    private static Money guarantee(Deal deal) {
        return deal.roles().stream().filter(r -> r.role() == PartyRole.GUARANTOR).map(DealRole::amount).findFirst().orElseThrow();
    }

    private static Deal deal(String id) {
        return portfolio.deal(id).orElseThrow(() -> new AssertionError("no deal " + id + " in " + DATASET));
    }
}
