package com.computefolio.service.text;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.imports.PortfolioFileReader;
import com.computefolio.testing.EnglishLeft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real problems, found by the validator and the file readers, come out in Arabic with their file, line, column
 * and path exactly as in English, their ids verbatim and their numbers in the reader's digits (issue 16, ADR 0045).
 */
class ArabicProblemsTest {
    private static final String SOURCES = "\"sources\": [ { \"id\": \"T1\", \"publisher\": \"Test Wire\", \"url\": \"https://example.com/t1\" } ],";
    private static final String PARTIES = "\"parties\": [ { \"id\": \"testco\", \"name\": \"TestCo\", \"kind\": \"NEOCLOUD\" },"
            + " { \"id\": \"openai\", \"name\": \"OpenAI\", \"kind\": \"AI_LAB\" } ],";

    @TempDir
    Path dir;

    private final ProblemTexts arabic = new ProblemTexts(Texts.arabic());
    private final ProblemTexts english = ProblemTexts.english();

    @Test
    void aNegativeAmountIsSaidInArabicWithTheAmountInTheReadersDigits() {
        Problem negative = only(new DealValidator().validate(deal("aws").valueMajor("-5", "USD", ValueBasis.TOTAL_OVER_TERM).build(),
                Set.of("openai", "amazon"), Set.of()), ProblemKey.AMOUNT_NEGATIVE);

        assertThat(english.message(negative)).isEqualTo(negative.message()).isEqualTo("The amount -5.00 USD is negative.");
        assertThat(arabic.message(negative)).isEqualTo("المبلغ -5.00 USD سالب.");
        assertThat(new ProblemTexts(Texts.arabic().withDigits(Digits.ARABIC_INDIC)).message(negative))
                .isEqualTo("المبلغ -٥.٠٠ USD سالب.");
        assertThat(arabic.expected(negative)).isEqualTo("مبلغ 0 أو أكثر");
    }

    @Test
    void aBadDateInJsonKeepsItsFileLineColumnAndPath() throws IOException {
        Path file = write("bad.json", json("\"announced\": \"2026-02-30\""));

        Problem date = only(read(file), ProblemKey.DATE_DAY_BEYOND_MONTH);

        assertThat(date.line()).isEqualTo(7);
        String location = file + ":7:" + date.column() + ": $.deals[0].announced: ";
        assertThat(english.describe(date)).isEqualTo(date.describe())
                .isEqualTo(location + "2026-02-30 is not a real date: February 2026 has 28 days."
                        + " (expected an ISO date YYYY-MM-DD such as 2025-11-03)");
        assertThat(arabic.describe(date)).isEqualTo(location + "التاريخ 2026-02-30 غير موجود، فشهر فبراير من عام 2026 فيه 28 يوماً."
                + " المتوقع تاريخ ISO بالصيغة YYYY-MM-DD مثل 2025-11-03.");
    }

    @Test
    void anUnknownCsvColumnKeepsItsCellAndColumnName() throws IOException {
        Path file = write("deals.csv", "id,title,colour\nx,y,z\n");

        Problem column = only(read(file), ProblemKey.UNKNOWN_COLUMN);

        assertThat(column.line()).isEqualTo(1);
        assertThat(column.column()).isEqualTo(10);
        assertThat(arabic.describe(column)).startsWith(file + ":1:10: colour: عمود غير معروف «colour» في الترويسة.")
                .contains("المتوقع الأعمدة id,");
    }

    @Test
    void aLinkCycleNamesTheDealsOfTheCircleVerbatim() {
        Portfolio circle = portfolio().party("openai", "OpenAI").party("amazon", "Amazon")
                .deals(deal("a").link(LinkType.SUPERSEDES, "b").build(), deal("b").link(LinkType.SUPERSEDES, "a").build()).build();

        Problem cycle = new DealValidator().validatePortfolio(circle).stream()
                .filter(p -> p.text().key() == ProblemKey.LINKS_IN_CIRCLE).findFirst().orElseThrow();

        assertThat(arabic.describe(cycle)).startsWith(cycle.path() + ": روابط SUPERSEDES تدور في حلقة مغلقة ")
                .contains("a", "b").contains("المتوقع صفقات محلّ بها تنتهي إلى صفقة واحدة سارية");
        assertThat(english.describe(cycle)).isEqualTo(cycle.describe()).contains("The SUPERSEDES links go round in a circle: ");
    }

    @Test
    void aMissingSourceIsSaidInArabicAndTheUnknownIdStaysAsWritten() throws IOException {
        Path file = write("nosource.json", json("\"announced\": \"2026-01-10\"").replace("\"sources\": [\"T1\"] }", "\"sources\": [\"T9\"] }"));

        Problem unknown = only(read(file), ProblemKey.UNKNOWN_SOURCE_ID);

        assertThat(arabic.describe(unknown)).startsWith(file + ":" + unknown.line() + ":" + unknown.column() + ": "
                + unknown.path() + ": معرّف مصدر غير معروف «T9».").contains("المتوقع معرّف مدخل في $.sources مثل T1");
    }

    @Test
    void everySentenceOfTheSamplesHasNoEnglishLeft() throws IOException {
        List<Problem> problems = read(write("several.json", json("\"announced\": \"2026-13-01\"").replace("\"TestCo capacity\"", "\"\"")));

        assertThat(problems).isNotEmpty();
        for (Problem p : problems) {
            EnglishLeft.assertNoEnglishIn(arabic.sentence(p));
        }
    }

    private String json(String announced) {
        return """
                {
                  "format": "computefolio-portfolio",
                  "formatVersion": 1,
                  %s
                  %s
                  "deals": [ { "id": "openai-testco-2026", "title": "TestCo capacity", "buyer": "openai", "counterparty": "testco",
                    "kind": "CLOUD_SERVICES", "direction": "COMMITMENT", %s,
                    "revisions": [ { "knownFrom": "2026-01-10", "status": "DEFINITIVE",
                      "value": { "basis": "TOTAL_OVER_TERM", "amount": "1200000000", "currency": "USD", "confidence": "OFFICIAL",
                                 "sources": ["T1"] } } ] } ]
                }
                """.formatted(SOURCES, PARTIES, announced);
    }

    private List<Problem> read(Path file) {
        return new PortfolioFileReader(new DealValidator()).plan(List.of(file), Portfolio.empty("")).problems();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Problem only(List<Problem> problems, ProblemKey key) {
        List<Problem> found = problems.stream().filter(p -> p.text().key() == key).toList();
        assertThat(found).as(problems.toString()).hasSize(1);
        return found.get(0);
    }
}
