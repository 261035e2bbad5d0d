package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.InMemoryPortfolioStore;
import com.computefolio.testing.PortfolioBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SUPERSEDES cycle closed by an import against deals already in the register is refused, located in the file. */
class SupersedesCycleImportTest {

    @TempDir
    Path folder;

    /** The register: "old" is superseded by "mid" (mid SUPERSEDES old). */
    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.holding(PortfolioBuilder.portfolio()
            .party("openai", "OpenAI").party("amazon", "Amazon")
            .deals(deal("old").value("1", ValueBasis.TOTAL_OVER_TERM).build(),
                    deal("mid").value("2", ValueBasis.TOTAL_OVER_TERM).link(LinkType.SUPERSEDES, "old").build())
            .build());
    private final DefaultPortfolioService service = new DefaultPortfolioService(store, new DealValidator());

    private static String dealJson(String id, String supersedes) {
        return """
                { "id": "%s", "title": "Deal %s", "buyer": "openai", "counterparty": "amazon", "kind": "CLOUD_SERVICES",
                  "direction": "COMMITMENT", "announced": "2026-01-05",
                  "links": [ { "type": "SUPERSEDES", "deal": "%s" } ],
                  "revisions": [ { "knownFrom": "2026-01-05", "status": "DEFINITIVE",
                    "value": { "basis": "TOTAL_OVER_TERM", "amount": "5000000000", "confidence": "OFFICIAL", "sources": ["W1"] },
                    "sources": ["W1"] } ] }""".formatted(id, id, supersedes);
    }

    private Path file(String name, String... deals) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, """
                { "format": "computefolio-portfolio", "formatVersion": 1,
                  "sources": [ { "id": "W1", "publisher": "Test Wire", "url": "https://example.com/w1" } ],
                  "deals": [ %s ] }
                """.formatted(String.join(",\n", deals)));
        return file;
    }

    @Test
    void replacingARegisterDealSoThatItClosesACycleIsRefusedAndNothingIsWritten() throws IOException {
        Portfolio before = store.load();
        // "old" comes back superseding "mid", which already supersedes it.
        Path file = file("cycle.json", dealJson("old", "mid"));

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> service.importFiles(List.of(file)));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isPositive();
            assertThat(p.describe()).contains("$.deals[0].links[0].deal: The SUPERSEDES links go round in a circle: old → mid → old.");
        });
        assertThat(store.load()).isEqualTo(before);
    }

    @Test
    void aCycleAcrossTwoFilesAndTheRegisterIsRefusedInEachFile() throws IOException {
        // newer → mid (register) → old (register) → newer, with "old" replaced in the second file.
        Path first = file("first.json", dealJson("newer", "mid"));
        Path second = file("second.json", dealJson("old", "newer"));

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importFiles(List.of(first, second)));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.describe()).contains(first.toString())
                .contains("newer → mid → old → newer."));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.describe()).contains(second.toString())
                .contains("old → newer → mid → old."));
    }

    @Test
    void aChainOntoTheRegisterIsAccepted() throws Exception {
        Path file = file("chain.json", dealJson("newer", "mid"));

        ImportResult result = service.importFiles(List.of(file));

        assertThat(result.dealsAdded()).isEqualTo(1);
    }
}
