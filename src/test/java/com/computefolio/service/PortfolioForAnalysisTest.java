package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.store.JdbcPortfolioStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioForAnalysisTest {

    private final Portfolio generated = new SyntheticPortfolioGenerator().generate(300, 5);

    @TempDir
    Path dir;

    private JdbcPortfolioStore store;
    private PortfolioService service;

    @BeforeEach
    void open() {
        store = JdbcPortfolioStore.open(dir.resolve("register.db"));
        store.importAll(generated.parties(), generated.deals(), generated.contextSeries());
        service = new DefaultPortfolioService(store, new DealValidator());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withoutSearchOrAsOfOnlyTheLatestRevisionsAreRead() {
        assertThat(revisions(service.portfolioForAnalysis(DealFilter.ALL))).isEqualTo(generated.deals().size());
        assertThat(revisions(service.portfolioForAnalysis(DealFilter.ALL.withText("  ")))).isEqualTo(generated.deals().size());
    }

    @Test
    void aSearchOrAnAsOfDateGetsTheWholeRegister() {
        int all = revisions(generated);

        assertThat(all).isGreaterThan(generated.deals().size());
        assertThat(revisions(service.portfolioForAnalysis(DealFilter.ALL.withText("tensor")))).isEqualTo(all);
        assertThat(revisions(service.portfolioForAnalysis(DealFilter.ALL.withAsOf(LocalDate.of(2024, 1, 1))))).isEqualTo(all);
    }

    private static int revisions(Portfolio portfolio) {
        return portfolio.deals().stream().mapToInt(d -> d.revisions().size()).sum();
    }
}
