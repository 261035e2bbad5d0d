package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterKeysTest {

    @TempDir
    Path dir;

    @Test
    void keysAreTheIdsOfEveryStoredPartyAndDeal() {
        Portfolio known = StoreTestData.knownPortfolio();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("keys.db"))) {
            store.importAll(known.parties(), known.deals(), known.contextSeries());

            RegisterKeys keys = store.keys();

            assertThat(keys.partyIds()).isEqualTo(known.parties().stream().map(Party::id).collect(Collectors.toSet()));
            assertThat(keys.dealIds()).isEqualTo(known.deals().stream().map(Deal::id).collect(Collectors.toSet()));
        }
    }

    @Test
    void anEmptyRegisterHasNoKeys() {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(dir.resolve("empty.db"))) {
            assertThat(store.keys().partyIds()).isEmpty();
            assertThat(store.keys().dealIds()).isEmpty();
        }
    }
}
