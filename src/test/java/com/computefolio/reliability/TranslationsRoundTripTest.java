package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Translations;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.store.JdbcPortfolioStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translations (ADR 34) go from JSON into the register (schema 3's rows) and back to the same bytes, are
 * replaced whole when a deal or party is written again, and the curated files' Arabic names arrive intact.
 */
class TranslationsRoundTripTest {

    private static final Path SHAPES = Path.of("src/test/resources/io/v2-shapes-portfolio.json");

    @TempDir
    Path dir;

    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());

    @Test
    void translationsGoFromJsonThroughTheRegisterBackToTheSameBytes() throws Exception {
        String json = new PortfolioJsonWriter().toJson(translated(reader.read(SHAPES).portfolio()));
        ReadResult read = reader.read("translated.json", json);
        assertThat(read.problems()).isEmpty();
        Portfolio file = read.portfolio();

        Portfolio stored;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            store.importAll(file.parties(), file.deals(), file.contextSeries());
            store.setName(file.name());
        }
        try (JdbcPortfolioStore reopened = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            stored = reopened.load();
            assertThat(reopened.loadDeal(file.deals().get(0).id()).orElseThrow().translations())
                    .isEqualTo(file.deals().get(0).translations());
            assertThat(reopened.loadForAnalysis().deals().get(0).title("ar")).isEqualTo(file.deals().get(0).title("ar"));
        }

        assertThat(stored.parties()).isEqualTo(file.parties());
        assertThat(stored.deals()).isEqualTo(file.deals().stream().map(d -> d.withVersion(1)).toList());
        assertThat(new PortfolioJsonWriter().toJson(stored)).isEqualTo(json);
        assertThat(json).contains("""
                      "translations": {
                        "ar": {
                          "title": "عنوان بالعربية 0",
                          "notes": "ملاحظة\\nمن سطرين"
                        }
                      },
                """);
    }

    @Test
    void aDealWrittenAgainReplacesItsTranslationsWhole() {
        Portfolio file = translated(reader.read(SHAPES).portfolio());
        Deal first = file.deals().get(0);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            store.importAll(file.parties(), file.deals(), file.contextSeries());
            Deal onlyFrench = first.withVersion(1).withTranslations(new Translations(Map.of("fr", Map.of("title", "Titre"))));
            store.importAll(List.of(), List.of(onlyFrench), List.of());

            assertThat(store.load().deals().get(0).translations().byLanguage()).containsOnlyKeys("fr");
        }
    }

    /** The writer deletes translation rows only for deals stored before: a new deal has none to delete. */
    @Test
    void anImportOfStoredAndNewDealsDeletesOnlyTheStoredDealsOldTranslations() {
        Portfolio file = translated(reader.read(SHAPES).portfolio());
        Deal first = file.deals().get(0);
        Deal second = file.deals().get(1);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            store.importAll(file.parties(), List.of(first), file.contextSeries());
            store.importAll(List.of(), List.of(first.withVersion(1).withTranslations(Translations.NONE), second), List.of());

            Map<String, Deal> stored = store.load().deals().stream()
                    .collect(java.util.stream.Collectors.toMap(Deal::id, d -> d));
            assertThat(stored.get(first.id()).translations().byLanguage()).isEmpty();
            assertThat(stored.get(second.id()).translations()).isEqualTo(second.translations());
        }
    }

    @Test
    void theCuratedFilesArabicNamesAndTitlesReachTheRegister() {
        Portfolio file = reader.read(Path.of("data/openai-portfolio.json")).portfolio();
        Portfolio stored;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("curated.db"))) {
            store.importAll(file.parties(), file.deals(), file.contextSeries());
            stored = store.load();
        }

        assertThat(stored.partiesById().get("amazon").name("ar")).isEqualTo("أمازون ويب سيرفيسز (AWS)");
        assertThat(stored.partiesById().get("amazon").name("en")).isEqualTo("Amazon (AWS)");
        assertThat(stored.parties()).allSatisfy(p -> assertThat(p.translations().text("ar", Translations.NAME)).isPresent());
        assertThat(stored.deals()).allSatisfy(d -> assertThat(d.translations().text("ar", Translations.TITLE)).isPresent());
    }

    /** Every party named and every deal titled in Arabic, the first deal with notes of two lines too. */
    private static Portfolio translated(Portfolio portfolio) {
        List<Party> parties = portfolio.parties().stream()
                .map(p -> p.withTranslations(new Translations(Map.of("ar", Map.of(Translations.NAME, "اسم " + p.id()))))).toList();
        List<Deal> deals = new java.util.ArrayList<>();
        for (int i = 0; i < portfolio.deals().size(); i++) {
            Map<String, String> texts = i == 0 ? Map.of(Translations.TITLE, "عنوان بالعربية 0", Translations.NOTES, "ملاحظة\nمن سطرين")
                    : Map.of(Translations.TITLE, "عنوان بالعربية " + i);
            deals.add(portfolio.deals().get(i).withTranslations(new Translations(Map.of("ar", texts))));
        }
        return new Portfolio(portfolio.name(), parties, deals, portfolio.contextSeries());
    }
}
