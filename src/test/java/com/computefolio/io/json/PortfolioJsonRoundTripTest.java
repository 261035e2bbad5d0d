package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.io.ReadResult;
import com.computefolio.testing.DealBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioJsonRoundTripTest {

    private static final Path SAMPLE = Path.of("src/test/resources/io/sample-portfolio.json");
    private static final Path CURATED = Path.of("data/openai-portfolio.json");

    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());
    private final PortfolioJsonWriter writer = new PortfolioJsonWriter();

    @TempDir
    Path dir;

    @Test
    void importExportImportGivesIdenticalPortfolioAndByteIdenticalFiles() throws IOException {
        assertRoundTrips(SAMPLE);
    }

    @Test
    void theCuratedDataRoundTrips() throws IOException {
        assertRoundTrips(CURATED);
    }

    @Test
    void arabicChineseAndEmojiSurviveExactly() throws IOException {
        String arabic = "اتفاقية الحوسبة السحابية";
        String chinese = "英伟达与甲骨文的合同";
        String emoji = "🚀 compute 👩🏽‍💻 🇦🇪";
        String combining = "e\u0301 and \u200Fright-to-left mark";
        Deal deal = DealBuilder.deal("unicode-deal").title(arabic).notes(chinese + " " + emoji + " " + combining)
                .tags(emoji, chinese).value("1", com.computefolio.domain.ValueBasis.TOTAL_OVER_TERM).build();
        Portfolio portfolio = new Portfolio(emoji, List.of(new Party("openai", arabic, PartyKind.AI_LAB),
                new Party("amazon", chinese, PartyKind.HYPERSCALER_CLOUD)), List.of(deal), List.of());

        Path file = dir.resolve("unicode.json");
        writer.write(portfolio, file);
        ReadResult back = reader.read(file);

        assertThat(back.problems()).isEmpty();
        assertThat(back.portfolio()).isEqualTo(portfolio);
        assertThat(back.portfolio().deals().get(0).title()).isEqualTo(arabic);
        assertThat(back.portfolio().deals().get(0).notes()).isEqualTo(chinese + " " + emoji + " " + combining);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(arabic, chinese, emoji).doesNotContain("\\u");
    }

    @Test
    void writesOnlyCitedSourcesSortedByIdWithNumbersInNumericOrder() {
        Deal a = DealBuilder.deal("a").sourceIds("S10").revisionSources(DealBuilder.source("S2")).build();
        Deal b = DealBuilder.deal("b").sourceIds("S1").revisionSources(DealBuilder.source("S1")).build();
        String json = writer.toJson(new Portfolio("p", List.of(), List.of(a, b), List.of()));

        assertThat(json.indexOf("\"id\": \"S1\"")).isLessThan(json.indexOf("\"id\": \"S2\""));
        assertThat(json.indexOf("\"id\": \"S2\"")).isLessThan(json.indexOf("\"id\": \"S10\""));
    }

    @Test
    void twoDifferentSourcesSharingAnIdAreKeptApart() {
        Source first = new Source("S1", "Reuters", "One", "https://example.com/one", LocalDate.of(2025, 1, 1), null);
        Source second = new Source("S1", "Bloomberg", "Two", "https://example.com/two", null, null);
        Deal a = DealBuilder.deal("a").sources(first).revisionSources(first).build();
        Deal b = DealBuilder.deal("b").sources(second).revisionSources(second).build();
        String json = writer.toJson(new Portfolio("p", List.of(), List.of(a, b), List.of()));

        ReadResult back = reader.read("clash.json", json.replace("\"parties\": []", partiesJson()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.portfolio().deals().get(1).current().value().sources().get(0))
                .isEqualTo(new Source("S1~2", "Bloomberg", "Two", "https://example.com/two", null, null));
    }

    @Test
    void writingTheSamePortfolioTwiceGivesTheSameBytes() throws IOException {
        Portfolio portfolio = reader.read(SAMPLE).portfolio();
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        writer.write(portfolio, one);
        writer.write(portfolio, two);

        assertThat(one.toByteArray()).isEqualTo(two.toByteArray());
        assertThat(one.toString(StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n").doesNotStartWith("\uFEFF");
    }

    private void assertRoundTrips(Path original) throws IOException {
        ReadResult first = reader.read(original);
        assertThat(first.problems()).isEmpty();

        Path exported = dir.resolve("exported.json");
        writer.write(first.portfolio(), exported);
        ReadResult second = reader.read(exported);
        assertThat(second.problems()).isEmpty();
        assertThat(second.portfolio()).isEqualTo(first.portfolio());

        Path reExported = dir.resolve("re-exported.json");
        writer.write(second.portfolio(), reExported);
        assertThat(Files.readAllBytes(reExported)).isEqualTo(Files.readAllBytes(exported));
    }

    private static String partiesJson() {
        return "\"parties\": [{\"id\": \"openai\", \"name\": \"OpenAI\", \"kind\": \"AI_LAB\"},"
                + " {\"id\": \"amazon\", \"name\": \"Amazon\", \"kind\": \"HYPERSCALER_CLOUD\"}]";
    }
}
