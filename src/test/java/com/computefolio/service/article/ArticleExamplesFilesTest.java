package com.computefolio.service.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ValueBasis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article proposer's worked examples (src/test/resources/articles/examples, issue 19) are the ground truth the
 * engine is measured against, so they must be right on their own: every file pair complete and in the agreed shape,
 * every enum name and register id real, every quote a sentence of its article, every figure written in its quote,
 * and the set covering what the issue asks (both languages, Arabic-Indic digits, Latin names inside Arabic, articles
 * with nothing to propose). The engine's own measurement reads the same files; this test knows nothing of the engine.
 */
class ArticleExamplesFilesTest {

    static final Path EXAMPLES = Path.of("src", "test", "resources", "articles", "examples");
    private static final List<Path> REGISTERS = List.of(Path.of("data", "openai-portfolio.json"),
            Path.of("data", "ai-buyers-portfolio.json"));
    private static final Set<String> TOP_LEVEL = Set.of("language", "article", "proposals", "mentions", "notUsed");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");
    private static final Pattern ARABIC_INDIC_DIGIT = Pattern.compile("[\\u0660-\\u0669]");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Scale words as the press writes them, by power of ten. */
    private static final Map<Integer, String> MONEY_SCALES = Map.of(
            6, "(?:million|m\\b|مليون|ملايين)",
            9, "(?:billion|bn\\b|B\\b|مليار|مليارات)",
            12, "(?:trillion|tn\\b|تريليون|تريليونات)");

    private static final Set<String> partyIds = new HashSet<>();
    private static final Map<String, JsonNode> dealsById = new HashMap<>();

    @BeforeAll
    static void readRegisters() throws IOException {
        for (Path register : REGISTERS) {
            JsonNode root = JSON.readTree(register.toFile());
            root.get("parties").forEach(p -> partyIds.add(p.get("id").asText()));
            root.get("deals").forEach(d -> dealsById.put(d.get("id").asText(), d));
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList().stream();
        }
    }

    @Test
    void everyArticleHasItsExpectedProposalAndEveryExpectationItsArticle() throws IOException {
        Set<String> texts = new HashSet<>();
        Set<String> expectations = new HashSet<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.map(p -> p.getFileName().toString()).forEach(n -> {
                if (n.endsWith(".expected.json")) {
                    expectations.add(n.substring(0, n.length() - ".expected.json".length()));
                } else if (n.endsWith(".txt")) {
                    texts.add(n.substring(0, n.length() - ".txt".length()));
                }
            });
        }
        assertThat(texts).isNotEmpty().isEqualTo(expectations);
        assertThat(texts).allMatch(n -> n.matches("\\d{2}-(en|ar)-[a-z0-9-]+"), "named NN-language-slug");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExpectationHasTheAgreedShapeAndRealNames(String example) {
        JsonNode expected = expected(example);
        String text = text(example);
        assertThat(fieldNames(expected)).isEqualTo(TOP_LEVEL);
        assertThat(expected.get("language").asText()).isIn("en", "ar").isEqualTo(example.substring(3, 5));
        JsonNode article = expected.get("article");
        assertThat(article.get("url").asText()).startsWith("https://");
        assertThat(article.get("publisher").asText()).isNotBlank();
        assertThat(article.get("title").asText()).isNotBlank();
        LocalDate published = LocalDate.parse(article.get("published").asText());
        for (JsonNode proposal : expected.get("proposals")) {
            checkProposal(example, proposal, text, published);
        }
        for (JsonNode mention : expected.get("mentions")) {
            assertThat(mention.get("parties")).as("%s: a mention names its parties", example).isNotEmpty();
            mention.get("parties").forEach(p -> assertThat(partyIds).as(example).contains(p.asText()));
            if (!mention.get("dealId").isNull()) {
                assertThat(dealsById).as(example).containsKey(mention.get("dealId").asText());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyQuoteIsOneSentenceOfTheArticleAndEveryUnusedFigureIsInIt(String example) {
        JsonNode expected = expected(example);
        String text = text(example);
        for (JsonNode proposal : expected.get("proposals")) {
            assertThat(proposal.get("quotes")).as("%s: a figure needs its quote", example).isNotEmpty();
            proposal.get("quotes").properties().forEach(q -> {
                assertThat(proposal.get("fields").has(q.getKey())).as("%s quotes a field it proposes", example).isTrue();
                String quote = q.getValue().asText();
                assertThat(text).as(example).contains(quote);
                assertThat(quote).as("%s: a whole sentence", example).matches("(?s).*[.!?؟]$").doesNotContain("\n");
            });
        }
        expected.get("notUsed").forEach(n -> assertThat(text).as(example).contains(n.asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyProposedFigureIsWrittenInItsQuote(String example) {
        for (JsonNode proposal : expected(example).get("proposals")) {
            JsonNode fields = proposal.get("fields");
            JsonNode quotes = proposal.get("quotes");
            if (fields.has("VALUE")) {
                BigDecimal amount = new BigDecimal(fields.get("VALUE").get("amount").asText());
                assertThat(writtenMoney(amount).matcher(quotes.get("VALUE").asText()).find())
                        .as("%s: %s is written in the VALUE quote", example, amount).isTrue();
            }
            if (fields.has("CAPACITY")) {
                BigDecimal gigawatts = new BigDecimal(fields.get("CAPACITY").get("gigawatts").asText());
                String quote = quotes.has("CAPACITY") ? quotes.get("CAPACITY").asText() : text(example);
                assertThat(writtenCapacity(gigawatts).matcher(quote).find())
                        .as("%s: %s GW is written in the article", example, gigawatts).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theArticleIsAShortNewsItemInItsLanguage(String example) {
        String text = text(example);
        int words = text.trim().split("\\s+").length;
        assertThat(words).as("%s word count", example).isBetween(80, 300);
        boolean arabic = example.substring(3, 5).equals("ar");
        assertThat(ARABIC_LETTER.matcher(text).find()).as("%s has Arabic letters", example).isEqualTo(arabic);
    }

    @Test
    void theExamplesCoverBothLanguagesDigitsMixedScriptsAndArticlesWithNothingToPropose() {
        List<String> all = examplesList();
        List<String> arabic = all.stream().filter(n -> n.substring(3, 5).equals("ar")).toList();
        assertThat(all.size() - arabic.size()).as("English examples").isGreaterThanOrEqualTo(12);
        assertThat(arabic).as("Arabic examples").hasSizeGreaterThanOrEqualTo(12);
        assertThat(arabic.stream().filter(n -> ARABIC_INDIC_DIGIT.matcher(text(n)).find()))
                .as("Arabic examples with Arabic-Indic digits").hasSizeGreaterThanOrEqualTo(2);
        assertThat(arabic.stream().filter(n -> LATIN_LETTER.matcher(text(n)).find()))
                .as("Arabic examples with Latin names").hasSizeGreaterThanOrEqualTo(2);
        assertThat(all.stream().filter(n -> expected(n).get("proposals").isEmpty()
                        && !expected(n).get("mentions").isEmpty()))
                .as("examples with only mentions").hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream().filter(n -> !expected(n).get("notUsed").isEmpty()))
                .as("examples with figures that must not be used").hasSizeGreaterThanOrEqualTo(3);
        Set<String> kinds = new HashSet<>();
        all.forEach(n -> expected(n).get("proposals").forEach(p -> kinds.add(p.get("kind").asText())));
        assertThat(kinds).as("both kinds of proposal").containsExactlyInAnyOrder("NEW_DEAL", "NEW_REVISION");
    }

    private void checkProposal(String example, JsonNode proposal, String text, LocalDate published) {
        assertThat(fieldNames(proposal)).isEqualTo(Set.of("kind", "dealId", "fields", "confidence", "quotes"));
        Proposal.Kind kind = Proposal.Kind.valueOf(proposal.get("kind").asText());
        Confidence.valueOf(proposal.get("confidence").asText());
        JsonNode fields = proposal.get("fields");
        Set<String> known = new HashSet<>(Arrays.stream(ProposedField.values()).map(Enum::name).toList());
        assertThat(known).as(example).containsAll(fieldNames(fields));
        JsonNode deal = null;
        if (kind == Proposal.Kind.NEW_REVISION) {
            assertThat(dealsById).as(example).containsKey(proposal.get("dealId").asText());
            deal = dealsById.get(proposal.get("dealId").asText());
        } else {
            assertThat(proposal.get("dealId").isNull()).as("%s: a new deal has no id yet", example).isTrue();
        }
        for (String role : List.of("BUYER", "COUNTERPARTY")) {
            if (!fields.has(role)) {
                continue;
            }
            String party = fields.get(role).asText();
            if (deal != null) {
                assertThat(party).as("%s %s", example, role).isEqualTo(deal.get(role.toLowerCase()).asText());
            } else if (!partyIds.contains(party)) {
                assertThat(text).as("%s: a party new to the register is named as in the text", example).contains(party);
            }
        }
        if (fields.has("KIND")) {
            DealKind dealKind = DealKind.valueOf(fields.get("KIND").asText());
            if (deal != null) {
                assertThat(dealKind.name()).as(example).isEqualTo(deal.get("kind").asText());
            }
        }
        if (fields.has("STATUS")) {
            DealStatus.valueOf(fields.get("STATUS").asText());
        }
        if (fields.has("ANNOUNCED")) {
            assertThat(LocalDate.parse(fields.get("ANNOUNCED").asText())).as(example).isBeforeOrEqualTo(published);
        }
        if (fields.has("VALUE")) {
            JsonNode value = fields.get("VALUE");
            assertThat(fieldNames(value)).isEqualTo(Set.of("amount", "currency", "basis"));
            assertThat(new BigDecimal(value.get("amount").asText())).as(example).isPositive();
            assertThat(value.get("currency").asText()).matches("[A-Z]{3}");
            ValueBasis.valueOf(value.get("basis").asText());
        }
        if (fields.has("TERM")) {
            JsonNode term = fields.get("TERM");
            assertThat(term.get("months").asInt()).as(example).isPositive();
            if (term.has("start")) {
                YearMonth.parse(term.get("start").asText());
                assertThat(term.get("start").asText()).matches(YEAR_MONTH);
            }
        }
        if (fields.has("CAPACITY")) {
            assertThat(new BigDecimal(fields.get("CAPACITY").get("gigawatts").asText())).as(example).isPositive();
        }
    }

    /** The amount as a number and a scale word, in Western or Arabic-Indic digits ("$38 billion", "٣٨ مليار"). */
    static Pattern writtenMoney(BigDecimal amount) {
        List<String> forms = new ArrayList<>();
        MONEY_SCALES.forEach((power, words) -> {
            BigDecimal scaled = amount.movePointLeft(power).stripTrailingZeros();
            if (scaled.compareTo(BigDecimal.ONE) >= 0 && scaled.compareTo(BigDecimal.valueOf(1000)) < 0) {
                forms.add(numberForms(scaled) + "\\s*" + words);
            }
        });
        forms.add(numberForms(amount.stripTrailingZeros()) + "(?![\\d٠-٩])");
        return Pattern.compile("(?<![\\d٠-٩.,٫])(?:" + String.join("|", forms) + ")");
    }

    /** Gigawatts as written: a number of gigawatts or megawatts, or a single gigawatt in words. */
    static Pattern writtenCapacity(BigDecimal gigawatts) {
        String gw = "(?:gigawatts?|GW\\b|غيغاواط)";
        String mw = "(?:megawatts?|MW\\b|ميغاواط)";
        List<String> forms = new ArrayList<>(List.of(
                "(?<![\\d٠-٩.,٫])" + numberForms(gigawatts.stripTrailingZeros()) + "\\s*" + gw,
                "(?<![\\d٠-٩.,٫])" + numberForms(gigawatts.movePointRight(3).stripTrailingZeros()) + "\\s*" + mw));
        if (gigawatts.compareTo(BigDecimal.ONE) == 0) {
            forms.add("(?:\\ba|\\bone) gigawatt|غيغاواط واحد");
        }
        return Pattern.compile(String.join("|", forms));
    }

    private static String numberForms(BigDecimal number) {
        String western = number.toPlainString();
        StringBuilder arabicIndic = new StringBuilder();
        for (char c : western.toCharArray()) {
            arabicIndic.append(c == '.' ? '٫' : Character.isDigit(c) ? (char) ('٠' + (c - '0')) : c);
        }
        return "(?:" + Pattern.quote(western) + "|" + Pattern.quote(arabicIndic.toString()) + ")";
    }

    private static List<String> examplesList() {
        try {
            return examples().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode expected(String example) {
        try {
            return JSON.readTree(EXAMPLES.resolve(example + ".expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String example) {
        try {
            return Files.readString(EXAMPLES.resolve(example + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
