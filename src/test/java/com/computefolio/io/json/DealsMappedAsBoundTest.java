package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.io.InputLimits;
import com.computefolio.io.MappedDeal;
import com.computefolio.io.ParsedFile;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file whose deals follow its sources and format version (the order we write) has each deal
 * mapped as soon as it is bound (ADR 57); the same file with its version moved after the deals is
 * mapped whole at the end. Both roads must read the same deals and report the same problems at the
 * same lines, columns and paths.
 */
class DealsMappedAsBoundTest {

    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());

    static Stream<Arguments> files() throws IOException {
        String generated = new PortfolioJsonWriter().toJson(new SyntheticPortfolioGenerator().generate(400, 7));
        return Stream.of(
                Arguments.of("curated OpenAI", Files.readString(Path.of("data/openai-portfolio.json"))),
                Arguments.of("curated AI buyers", Files.readString(Path.of("data/ai-buyers-portfolio.json"))),
                Arguments.of("generated", generated),
                Arguments.of("generated, bad date in the middle", replaceAfter(generated, generated.length() / 2,
                        "\"announced\": \"", "\"announced\": \"2025-02-30\", \"x\": \"")),
                Arguments.of("generated, fraction of a cent in the last deal", replaceAfter(generated,
                        generated.lastIndexOf("\"deals\": ["), "\"amount\": \"", "\"amount\": \"1.234\", \"y\": \"")),
                Arguments.of("generated, unknown kind and source in the last deal", lastDealBroken(generated)),
                Arguments.of("generated, read as version 1", generated.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": 1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void dealsMappedAsBoundEqualTheWholeFileMapping(String name, String json) {
        String versionLast = versionAfterTheDeals(json);

        ParsedFile asBound = reader.parse("f.json", json);
        ParsedFile whole = reader.parse("f.json", versionLast);

        assertThat(asBound.problems()).containsExactlyElementsOf(whole.problems());
        assertThat(asBound.deals()).hasSameSizeAs(whole.deals());
        for (int i = 0; i < asBound.deals().size(); i++) {
            MappedDeal a = asBound.deals().get(i);
            MappedDeal w = whole.deals().get(i);
            assertThat(a.deal()).isEqualTo(w.deal());
            assertThat(a.position()).isEqualTo(w.position());
            assertThat(Arrays.equals(a.revisionPositions(), w.revisionPositions())).isTrue();
        }
        assertThat(asBound.parties()).isEqualTo(whole.parties());
        assertThat(asBound.contextSeries()).isEqualTo(whole.contextSeries());
        assertThat(asBound.unmappedDealIds()).isEqualTo(whole.unmappedDealIds());
        assertThat(asBound.unmappedPartyIds()).isEqualTo(whole.unmappedPartyIds());
        assertThat(asBound.portfolioName()).isEqualTo(whole.portfolioName());
        assertThat(asBound.auditEntriesIgnored()).isEqualTo(whole.auditEntriesIgnored());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void onlyDealsAfterSourcesAndVersionAreMappedAsBound(String name, String json) {
        assertThat(binderAfterReading(json).dealsAsBound()).isNotNull();
        assertThat(binderAfterReading(versionAfterTheDeals(json)).dealsAsBound()).isNull();
    }

    private static PortfolioDtoBinder binderAfterReading(String json) {
        PortfolioDtoBinder binder = new PortfolioDtoBinder(PortfolioJsonMapper.create(), PortfolioJsonMapper.createIgnoringRequired(),
                new DtoShapeChecker(), new PortfolioDtoMapper());
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        new JsonDocumentReader(PortfolioJsonMapper.factory(InputLimits.MAX_JSON_NESTING), InputLimits.MAX_JSON_NESTING)
                .read(bytes, 0, PortfolioDtoBinder.LIMITS, binder);
        return binder;
    }

    /** The format version's line left blank and the field put on the last line: every other line and column stays. */
    private static String versionAfterTheDeals(String json) {
        List<String> lines = json.lines().toList();
        int at = 0;
        while (!lines.get(at).trim().startsWith("\"formatVersion\"")) {
            at++;
        }
        String field = lines.get(at).trim();
        String last = lines.get(lines.size() - 1);
        assertThat(last).isEqualTo("}");
        StringBuilder moved = new StringBuilder();
        for (int i = 0; i < lines.size() - 1; i++) {
            moved.append(i == at ? "" : lines.get(i)).append('\n');
        }
        return moved.append(", ").append(field, 0, field.length() - 1).append("}\n").toString();
    }

    private static String replaceAfter(String text, int from, String what, String with) {
        int at = text.indexOf(what, from);
        assertThat(at).isPositive();
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    private static String lastDealBroken(String json) {
        int lastDeal = json.lastIndexOf("\"kind\": \"", json.indexOf("\"contextSeries\""));
        String withKind = json.substring(0, lastDeal) + "\"kind\": \"NO_SUCH_KIND\", \"z\": \"" + json.substring(lastDeal + 9);
        int cited = withKind.lastIndexOf("\"sources\": [", withKind.indexOf("\"contextSeries\""));
        return withKind.substring(0, cited) + "\"sources\": [\"NO-SUCH-SOURCE\", " + withKind.substring(cited + 12);
    }
}
