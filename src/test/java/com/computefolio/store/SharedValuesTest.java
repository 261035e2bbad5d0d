package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that repeat across rows are read as one object each, and read as they were stored. */
class SharedValuesTest {

    @TempDir
    Path dir;

    @Test
    void equalTextsAndDaysAreOneObjectAndNullAndImpossibleDaysStayWhatTheyWere() {
        assertThat(SharedValues.text(new String("USD"))).isSameAs(SharedValues.text(new String("USD"))).isEqualTo("USD");
        assertThat(SharedValues.text(null)).isNull();
        assertThat(SharedValues.date(2026, 2, 28)).isSameAs(SharedValues.date(2026, 2, 28)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(SharedValues.date(-44, 3, 15)).isEqualTo(LocalDate.of(-44, 3, 15));
        assertThatThrownBy(() -> SharedValues.date(2026, 2, 30)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> SharedValues.date(2026, 13, 1)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aLoadedRegisterHasOneObjectPerPartyIdAndDayAndHoldsEveryDeal() {
        Portfolio generated = new SyntheticPortfolioGenerator().generate(400, 3);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            store.importAll(generated.parties(), generated.deals(), generated.contextSeries());
            Portfolio loaded = store.load();

            // That the values read are those stored is the store contract's (SqliteJdbcPortfolioStoreTest); here, that they are shared.
            assertThat(loaded.deals()).extracting(Deal::id).containsExactlyInAnyOrderElementsOf(generated.deals().stream().map(Deal::id).toList());
            Map<String, Set<String>> buyerObjects = loaded.deals().stream().collect(Collectors.groupingBy(Deal::buyerId,
                    Collectors.mapping(d -> d.buyerId(), Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())))));
            assertThat(buyerObjects.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
            Map<LocalDate, Set<LocalDate>> dayObjects = loaded.deals().stream().collect(Collectors.groupingBy(Deal::announced,
                    Collectors.mapping(d -> d.announced(), Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())))));
            assertThat(dayObjects.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
        }
    }
    @Test
    void textsAndSourceListsThatRepeatWithinOneLoadAreOneObject() {
        Portfolio generated = new SyntheticPortfolioGenerator().generate(400, 5);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("register.db"))) {
            store.importAll(generated.parties(), generated.deals(), generated.contextSeries());
            Portfolio loaded = store.load();

            List<String> changeNotes = loaded.deals().stream().flatMap(d -> d.revisions().stream())
                    .map(com.computefolio.domain.Revision::change).filter(java.util.Objects::nonNull).toList();
            // That the texts read are those stored is the store contract's (SqliteJdbcPortfolioStoreTest); here, that they are shared.
            List<String> titles = loaded.deals().stream().flatMap(d -> d.revisions().stream())
                    .flatMap(r -> r.value().sources().stream()).map(com.computefolio.domain.Source::title).toList();
            List<String> tags = loaded.deals().stream().flatMap(d -> d.tags().stream()).toList();
            for (List<String> texts : List.of(changeNotes, titles, tags)) {
                assertThat(texts).hasSizeGreaterThan(new java.util.HashSet<>(texts).size());
                Map<String, Set<String>> objects = texts.stream().collect(Collectors.groupingBy(t -> t, Collectors.mapping(t -> t,
                        Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())))));
                assertThat(objects.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
            }
            List<com.computefolio.domain.Revision> citingAsTheirValues = loaded.deals().stream().flatMap(d -> d.revisions().stream())
                    .filter(r -> !r.sources().isEmpty() && r.sources().equals(r.value().sources())).toList();
            assertThat(citingAsTheirValues).isNotEmpty().allSatisfy(r -> assertThat(r.sources()).isSameAs(r.value().sources()));
        }
    }
}
