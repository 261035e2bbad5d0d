package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Problem;
import com.computefolio.io.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a file's translations may hold, and where a problem with them is reported (ADR 34). */
class TranslationsInFilesTest {

    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());

    @Test
    void aVersion2FileWithTranslationsIsReadIntoThePartyAndTheDeal() {
        ReadResult read = reader.read("t.json", file(2, "{\"ar\": {\"name\": \"أمازون\"}}", "{\"ar\": {\"title\": \"سحابة\", \"notes\": \"سطر\\nآخر\"}}"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.portfolio().parties().get(0).name("ar")).isEqualTo("أمازون");
        assertThat(read.portfolio().deals().get(0).title("ar")).isEqualTo("سحابة");
        assertThat(read.portfolio().deals().get(0).notes("ar")).isEqualTo("سطر\nآخر");
        assertThat(read.portfolio().deals().get(0).title("fr")).isEqualTo("AWS cloud");
    }

    @Test
    void aVersion1FileHasNone() {
        assertThat(messages(file(1, "{\"ar\": {\"name\": \"أمازون\"}}", null)))
                .anySatisfy(m -> assertThat(m).contains("$.parties[0].translations", "needs formatVersion 2"));
    }

    @Test
    void aLanguageIsALowerCaseCode() {
        assertThat(messages(file(2, "{\"Arabic\": {\"name\": \"أمازون\"}}", null)))
                .anySatisfy(m -> assertThat(m).contains("$.parties[0].translations.Arabic", "is not a language code"));
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsAllowed() {
        assertThat(messages(file(2, null, "{\"ar\": {\"name\": \"x\"}}")))
                .anySatisfy(m -> assertThat(m).contains("$.deals[0].translations.ar.name", "Unknown field", "title, notes"));
    }

    @Test
    void eachTextKeepsItsFieldsRules() {
        String longTitle = "ع".repeat(301);
        assertThat(messages(file(2, "{\"ar\": {\"name\": \"سطر\\nآخر\"}}", "{\"ar\": {\"title\": \"" + longTitle + "\"}}")))
                .anySatisfy(m -> assertThat(m).contains("$.parties[0].translations.ar.name"))
                .anySatisfy(m -> assertThat(m).contains("$.deals[0].translations.ar.title", "300"));
        assertThat(messages(file(2, "{\"ar\": {\"name\": \"  \"}}", null)))
                .anySatisfy(m -> assertThat(m).contains("$.parties[0].translations.ar.name", "empty"));
    }

    private List<String> messages(String json) {
        return reader.read("t.json", json).problems().stream().map(Problem::toString).toList();
    }

    private static String file(int version, String partyTranslations, String dealTranslations) {
        return """
                {
                  "format": "computefolio-portfolio",
                  "formatVersion": %d,
                  "sources": [ { "id": "S1", "publisher": "Reuters", "url": "https://example.com/a" } ],
                  "parties": [
                    { "id": "amazon", "name": "Amazon", "kind": "HYPERSCALER_CLOUD"%s },
                    { "id": "openai", "name": "OpenAI", "kind": "AI_LAB" }
                  ],
                  "deals": [ {
                    "id": "aws", "title": "AWS cloud", "buyer": "openai", "counterparty": "amazon",
                    "kind": "CLOUD_SERVICES", "direction": "COMMITMENT", "announced": "2025-11-03"%s,
                    "revisions": [ { "knownFrom": "2025-11-03", "status": "DEFINITIVE",
                      "value": { "basis": "TOTAL_OVER_TERM", "amount": "38000000000", "confidence": "OFFICIAL", "sources": ["S1"] },
                      "sources": ["S1"] } ]
                  } ]
                }
                """.formatted(version, partyTranslations == null ? "" : ", \"translations\": " + partyTranslations,
                dealTranslations == null ? "" : ", \"translations\": " + dealTranslations);
    }
}
