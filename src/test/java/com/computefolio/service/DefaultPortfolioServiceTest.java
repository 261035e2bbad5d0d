package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.InMemoryPortfolioStore;
import com.computefolio.testing.PortfolioBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultPortfolioServiceTest {

    private static final String CSV_HEADER = "id,title,buyer,counterparty,kind,direction,announced,status,basis,amount,"
            + "currency,confidence,term_start,term_months,capacity_gw,hardware,source_publisher,source_title,source_url,"
            + "source_published,source_quote,tags,notes\r\n";

    @TempDir
    Path dir;

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.holding(PortfolioBuilder.portfolio()
            .party("openai", "OpenAI", PartyKind.AI_LAB)
            .party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD)
            .deals(DealBuilder.deal("openai-aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build())
            .build());
    private final DefaultPortfolioService service = new DefaultPortfolioService(store, new DealValidator());

    @Test
    void importsAJsonAndACsvFileTogetherWhereTheCsvUsesAPartyDeclaredInTheJson() throws Exception {
        Path json = write("oracle.json", portfolioJson("""
                {"id": "oracle", "name": "Oracle", "kind": "HYPERSCALER_CLOUD"}""", ""));
        Path csv = write("deals.csv", CSV_HEADER + "openai-oracle,Oracle cloud,openai,oracle,CLOUD_SERVICES,COMMITMENT,"
                + "2025-09-10,REPORTED,TOTAL_OVER_TERM,300000000000,USD,REPORTED,2027-01,60,4.5,,WSJ,Oracle deal,"
                + "https://example.com/oracle,2025-09-10,,stargate,\r\n");

        ImportResult result = service.importFiles(List.of(json, csv));

        assertThat(result).isEqualTo(new ImportResult(List.of(json.toString(), csv.toString()), 1, 0, 1, 1));
        assertThat(service.deal("openai-oracle")).hasValueSatisfying(d -> {
            assertThat(d.counterpartyId()).isEqualTo("oracle");
            assertThat(d.current().value().amount().toMajor()).isEqualByComparingTo("300000000000");
            assertThat(d.version()).isEqualTo(1);
        });
        assertThat(service.parties()).extracting(p -> p.id()).contains("oracle");
        assertThat(store.writes()).isEqualTo(1);
    }

    @Test
    void anImportWithOneBadFileWritesNothingAndReportsEveryFilesProblems() throws IOException {
        Path good = write("good.json", portfolioJson("", deal("new-deal", "openai", "amazon", "\"5\"")));
        Path bad = write("bad.json", portfolioJson("", deal("bad-deal", "openai", "nobody", "\"-1\"")));

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importFiles(List.of(good, bad)));

        assertThat(refused.problems()).extracting(Problem::file).containsOnly(bad.toString());
        assertThat(refused.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("$.deals[0].counterparty", "$.deals[0].revisions[0].value.amount");
        assertThat(store.writes()).isZero();
        assertThat(service.deal("new-deal")).isEmpty();
    }

    @Test
    void theSameDealIdInTwoFilesIsRefused() throws IOException {
        Path one = write("one.json", portfolioJson("", deal("twin", "openai", "amazon", "\"5\"")));
        Path two = write("two.json", portfolioJson("", deal("twin", "openai", "amazon", "\"6\"")));

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importFiles(List.of(one, two)));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(two.toString());
            assertThat(p.path()).isEqualTo("$.deals[0].id");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void anImportedDealMayLinkToADealInTheRegisterAndReplacesADealWithTheSameId() throws Exception {
        Path file = write("update.json", portfolioJson("", deal("openai-aws", "openai", "amazon", "\"50\"") + ","
                + deal("aws-extension", "openai", "amazon", "\"7\"").replace("\"links\": []",
                "\"links\": [{\"type\": \"EXPANDS\", \"deal\": \"openai-aws\"}]")));

        // The file's openai-aws lacks the stored deal's revision: replacing it takes that revision back.
        ImportResult result = service.importFiles(List.of(file), true);

        assertThat(result.dealsAdded()).isEqualTo(1);
        assertThat(result.dealsReplaced()).isEqualTo(1);
        assertThat(service.deal("openai-aws").orElseThrow().version()).isEqualTo(2);
        assertThat(service.deal("aws-extension").orElseThrow().links()).singleElement()
                .satisfies(l -> assertThat(l.type()).isEqualTo(LinkType.EXPANDS));
    }

    @Test
    void validateFilesReportsWithoutWriting() throws IOException {
        Path bad = write("bad.json", portfolioJson("", deal("bad-deal", "openai", "amazon", "\"1.001\"")));

        List<Problem> problems = service.validateFiles(List.of(bad));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 2 decimal places"));
        assertThat(store.writes()).isZero();
    }

    @Test
    void anImportOfNoFilesIsRefused() {
        assertThatThrownBy(() -> service.importFiles(List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("No files");
    }

    @Test
    void saveRefusesAnInvalidDealWithPathsRelativeToTheDeal() {
        Deal unknownParty = DealBuilder.deal("new-deal").counterparty("nobody").build();

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> service.save(unknownParty));

        assertThat(refused.problems()).extracting(Problem::path).containsExactly("counterparty");
        assertThat(store.writes()).isZero();
    }

    @Test
    void saveOfANewDealReturnsItWithVersionOne() throws Exception {
        Deal saved = service.save(DealBuilder.deal("new-deal").build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(service.deal("new-deal")).contains(saved);
    }

    @Test
    void savingOverSomeoneElsesChangeIsAConcurrentEditAndOverwriteForcesIt() throws Exception {
        Deal loaded = service.deal("openai-aws").orElseThrow();
        service.save(loaded.withCurrent(loaded.current().withStatus(com.computefolio.domain.DealStatus.ACTIVE)));

        ConcurrentEditException conflict = catchThrowableOfType(ConcurrentEditException.class, () -> service.save(loaded));
        Deal forced = service.overwrite(loaded);

        assertThat(conflict.dealId()).isEqualTo("openai-aws");
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(forced.version()).isEqualTo(3);
    }

    @Test
    void deletingAStaleVersionIsAConcurrentEdit() {
        assertThatThrownBy(() -> service.delete("openai-aws", 7)).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.deal("openai-aws")).isPresent();
    }

    @Test
    void aStoreFailureBecomesAStorageExceptionWithTheStoresMessageNamingTheDatabase() {
        store.failWritesWith("disk I/O error");

        assertThatThrownBy(() -> service.save(DealBuilder.deal("new-deal").build()))
                .isInstanceOf(StorageException.class)
                .hasMessage("Could not save deal new-deal in test: disk I/O error");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String portfolioJson(String parties, String deals) {
        return """
                {"format": "computefolio-portfolio", "formatVersion": 1,
                 "sources": [{"id": "F1", "publisher": "Example News", "url": "https://example.com/f1"}],
                 "parties": [%s],
                 "deals": [%s]}
                """.formatted(parties, deals);
    }

    private static String deal(String id, String buyer, String counterparty, String amount) {
        return """
                {"id": "%s", "title": "Deal %s", "buyer": "%s", "counterparty": "%s", "kind": "CLOUD_SERVICES",
                 "direction": "COMMITMENT", "announced": "2025-06-01", "links": [],
                 "revisions": [{"knownFrom": "2025-06-01", "status": "DEFINITIVE",
                   "value": {"basis": "TOTAL_OVER_TERM", "amount": %s, "confidence": "OFFICIAL", "sources": ["F1"]},
                   "sources": ["F1"]}]}""".formatted(id, id, buyer, counterparty, amount);
    }
}
