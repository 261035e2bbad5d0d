package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.TimelineQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadForAnalysisTest {

    private final Portfolio generated = new SyntheticPortfolioGenerator().generate(1_500, 11);

    @TempDir
    Path dir;

    private JdbcPortfolioStore store;

    @BeforeEach
    void importGenerated() {
        store = JdbcPortfolioStore.open(dir.resolve("register.db"));
        store.importAll(generated.parties(), generated.deals(), generated.contextSeries());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyDealComesWithItsLatestRevisionAndWhatTotalsRead() {
        Portfolio full = store.load();
        Portfolio light = store.loadForAnalysis();

        assertThat(light.deals()).hasSameSizeAs(full.deals());
        assertThat(light.parties()).isEqualTo(full.parties());
        for (int i = 0; i < full.deals().size(); i++) {
            Deal stored = full.deals().get(i);
            Deal read = light.deals().get(i);
            assertThat(read.id()).isEqualTo(stored.id());
            assertThat(List.of(read.title(), read.buyerId(), read.counterpartyId(), read.kind(), read.direction(), read.announced()))
                    .isEqualTo(List.of(stored.title(), stored.buyerId(), stored.counterpartyId(), stored.kind(), stored.direction(),
                            stored.announced()));
            assertThat(read.revisions()).singleElement().satisfies(current -> sameForTotals(current, stored.current()));
        }
    }

    @Test
    void timelinesAndSummariesAreTheSameAsFromTheWholeRegister() {
        AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        Portfolio full = store.load();
        Portfolio light = store.loadForAnalysis();

        for (GroupBy groupBy : GroupBy.values()) {
            for (Measure measure : Measure.values()) {
                TimelineQuery query = new TimelineQuery(DealFilter.ALL, groupBy, Granularity.MONTH, measure, false);
                assertThat(analysis.timeline(light, query)).as("%s %s", groupBy, measure).isEqualTo(analysis.timeline(full, query));
            }
            assertThat(analysis.summary(light, DealFilter.ALL, groupBy)).as("%s", groupBy)
                    .isEqualTo(analysis.summary(full, DealFilter.ALL, groupBy));
        }
    }

    private static void sameForTotals(Revision read, Revision stored) {
        assertThat(read.knownFrom()).isEqualTo(stored.knownFrom());
        assertThat(read.status()).isEqualTo(stored.status());
        assertThat(read.term()).isEqualTo(stored.term());
        assertThat(read.capacity()).isEqualTo(stored.capacity());
        assertThat(read.value().basis()).isEqualTo(stored.value().basis());
        assertThat(read.value().amount()).isEqualTo(stored.value().amount());
        assertThat(read.value().confidence()).isEqualTo(stored.value().confidence());
        assertThat(read.legs()).hasSameSizeAs(stored.legs());
        for (int j = 0; j < read.legs().size(); j++) {
            ScheduleLeg leg = read.legs().get(j);
            ScheduleLeg original = stored.legs().get(j);
            assertThat(List.of(leg.start(), leg.months(), leg.shape())).isEqualTo(List.of(original.start(), original.months(), original.shape()));
            assertThat(leg.amount()).isEqualTo(original.amount());
            assertThat(leg.capacity()).isEqualTo(original.capacity());
        }
    }
}
