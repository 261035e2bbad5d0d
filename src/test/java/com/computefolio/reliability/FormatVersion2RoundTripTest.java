package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.store.JdbcPortfolioStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every deal shape of format version 2 (a guarantor, joint-venture owners, co-investors, an end user,
 * a price per month, an open-ended term with notice, a floor, an "about" figure, an option, an exit
 * right, a prepayment, capacity figures, unsourced figures, context series with their company)
 * survives JSON, then the register, then JSON again, byte for byte.
 */
class FormatVersion2RoundTripTest {

    private static final Path SHAPES = Path.of("src/test/resources/io/v2-shapes-portfolio.json");

    @TempDir
    Path dir;

    @Test
    void everyVersion2ShapeGoesFromJsonThroughTheRegisterBackToTheSameBytes() throws Exception {
        ReadResult read = new PortfolioJsonReader(new DealValidator()).read(SHAPES);
        assertThat(read.problems()).isEmpty();
        Portfolio file = read.portfolio();

        Portfolio stored;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            store.importAll(file.parties(), file.deals(), file.contextSeries());
            store.setName(file.name());
        }
        try (JdbcPortfolioStore reopened = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            stored = reopened.load();
        }

        assertThat(stored.deals()).isEqualTo(file.deals().stream().map(d -> d.withVersion(1)).toList());
        assertThat(stored.contextSeries()).isEqualTo(file.contextSeries());
        assertThat(new PortfolioJsonWriter().toJson(stored)).isEqualTo(Files.readString(SHAPES, StandardCharsets.UTF_8));
    }

    @Test
    void theCuratedVersion1FileGoesIntoTheRegisterUnchanged() throws Exception {
        Portfolio file = new PortfolioJsonReader(new DealValidator()).read(Path.of("data/openai-portfolio.json")).portfolio();

        Portfolio stored;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("curated.db"))) {
            store.importAll(file.parties(), file.deals(), file.contextSeries());
            stored = store.load();
        }

        assertThat(stored.deals()).containsExactlyInAnyOrderElementsOf(file.deals().stream().map(d -> d.withVersion(1)).toList());
        assertThat(stored.contextSeries()).allSatisfy(s -> assertThat(s.partyId()).isEqualTo("openai"));
    }

    @Test
    void theShapesFileHoldsEachShapeItClaims() throws Exception {
        String json = Files.readString(SHAPES, StandardCharsets.UTF_8);

        assertThat(json).contains("\"formatVersion\": 2", "\"GUARANTOR\"", "\"JV_OWNER\"", "\"CO_INVESTOR\"", "\"END_USER\"",
                "\"PER_MONTH\"", "\"AT_LEAST\"", "\"ABOUT\"", "\"openEnded\": true", "\"noticeMonths\": 3", "\"options\"",
                "\"exitRights\"", "\"prepayment\": true", "\"capacity\"", "\"unsourced\": true", "\"party\": \"anthropic\"");
    }
}
