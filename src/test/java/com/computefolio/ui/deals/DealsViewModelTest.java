package com.computefolio.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.GroupBy;
import com.computefolio.testing.DealBuilder;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TaskHandle;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.LargePortfolios;
import com.computefolio.ui.support.TestPortfolios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class DealsViewModelTest {
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());

    @Test
    void typingASearchNarrowsTheRowsAndTheTotals() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        DealsViewModel model = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());
        assertThat(model.rows()).hasSize(5);

        workspace.filterProperty().set(workspace.filter().withText("aws"));

        assertThat(model.rows()).extracting(DealRow::id).containsExactly("openai-aws");
        assertThat(model.totals().deals()).isEqualTo(1);
        assertThat(model.totals().commitmentsMinor()).isEqualTo(3_800_000_000_000L);
        assertThat(model.selectionProperty().get().rows()).extracting(v -> v.deal().id()).containsExactly("openai-aws");
    }

    @Test
    void builtWithArabicTextsTheRowsShowArabicTitlesAndPartyNamesWhereTheRegisterHasThem() {
        Portfolio stored = TestPortfolios.portfolio();
        com.computefolio.domain.Deal aws = stored.deals().stream().filter(d -> d.id().equals("openai-aws")).findFirst().orElseThrow();
        String counterparty = aws.counterpartyId();
        Portfolio translated = new Portfolio(stored.name(),
                stored.parties().stream().map(p -> p.id().equals(counterparty) ? p.withTranslations(new com.computefolio.domain.Translations(
                        java.util.Map.of("ar", java.util.Map.of(com.computefolio.domain.Translations.NAME, "أمازون")))) : p).toList(),
                stored.deals().stream().map(d -> d == aws ? d.withTranslations(new com.computefolio.domain.Translations(
                        java.util.Map.of("ar", java.util.Map.of(com.computefolio.domain.Translations.TITLE, "سعة سحابية"))))
                        : d).toList(),
                stored.contextSeries());
        workspace.setPortfolio(translated);

        DealsViewModel arabic = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(),
                new Messages(com.computefolio.service.text.Texts.arabic()));
        DealRow row = arabic.rows().stream().filter(r -> r.id().equals("openai-aws")).findFirst().orElseThrow();
        assertThat(row.title()).isEqualTo("سعة سحابية");
        assertThat(row.counterpartyName()).isEqualTo("أمازون");
        assertThat(arabic.rows()).filteredOn(r -> !r.id().equals("openai-aws")).allSatisfy(r -> assertThat(r.title()).isEqualTo(r.deal().title()));

        DealsViewModel english = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());
        DealRow stays = english.rows().stream().filter(r -> r.id().equals("openai-aws")).findFirst().orElseThrow();
        assertThat(stays.title()).isEqualTo(aws.title());
        assertThat(stays.counterpartyName()).isNotEqualTo("أمازون");
    }

    @Test
    void theStatusBarTotalsAreTheSummarysTotalsForTheSameFilter() {
        List<Deal> deals = new ArrayList<>(TestPortfolios.deals());
        deals.add(DealBuilder.deal("sap-eu").title("Sovereign cloud").buyer("openai").counterparty("oracle")
                .announced("2025-12-01").valueMajor("2000000000", "EUR", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 24).build());
        Portfolio portfolio = new Portfolio("Test", TestPortfolios.parties(), deals, List.of());
        workspace.setPortfolio(portfolio);
        DealsViewModel model = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());
        DealFilter window = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, Set.of());

        workspace.filterProperty().set(window);

        // The euro deal is listed and counted but its money is left out, and only 2026's months are summed.
        assertThat(model.rows()).extracting(DealRow::id).contains("sap-eu");
        assertThat(model.selectionProperty().get().otherCurrencyDeals()).isEqualTo(1);
        assertThat(model.totals()).isEqualTo(analysis.summary(portfolio, window, GroupBy.KIND).total());
        assertThat(model.totals().commitmentsMinor()).isLessThan(358 * 100_000_000_000L);
    }

    @Test
    void aSearchClearedAgainShowsTheRowsItShowedBefore() {
        workspace.setPortfolio(LargePortfolios.generate(300));
        DealsViewModel model = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english(), 100);
        List<DealRow> before = List.copyOf(model.rows());

        workspace.filterProperty().set(workspace.filter().withText("number 12"));
        workspace.filterProperty().set(workspace.filter().withText(null));

        assertThat(model.rows()).hasSize(300);
        for (int i = 0; i < before.size(); i++) {
            assertThat(model.rows().get(i)).isSameAs(before.get(i));
        }
        assertThat(model.totals()).isEqualTo(analysis.summary(workspace.portfolio(), workspace.filter(), GroupBy.NONE).total());
    }

    @Test
    void asOfDateHidesDealsNotYetKnown() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        DealsViewModel model = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());

        workspace.filterProperty().set(workspace.filter().withAsOf(LocalDate.of(2025, 9, 15)));

        assertThat(model.rows()).extracting(DealRow::id).containsExactly("openai-oracle");
    }

    @Test
    void anEditedPortfolioIsReindexed() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        DealsViewModel model = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());

        workspace.removeDeal("openai-aws");

        assertThat(model.rows()).extracting(DealRow::id).doesNotContain("openai-aws").hasSize(4);
    }

    @Test
    void largePortfoliosAreFilteredInTheBackground() {
        workspace.setPortfolio(LargePortfolios.generate(300));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        DealsViewModel model = new DealsViewModel(workspace, analysis, executor, Messages.english(), 100);
        int before = executor.executedCount();

        workspace.filterProperty().set(workspace.filter().withText("number 12"));

        assertThat(executor.executedCount()).isEqualTo(before + 1);
        // deal-12 and deal-120..129
        assertThat(model.rows()).hasSize(11);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void onlyTheLatestFilterRequestIsShownWhenResultsArriveOutOfOrder() {
        workspace.setPortfolio(LargePortfolios.generate(300));
        DeferredExecutor executor = new DeferredExecutor();
        DealsViewModel model = new DealsViewModel(workspace, analysis, executor, Messages.english(), 100);
        executor.runAll();

        workspace.filterProperty().set(workspace.filter().withText("number 1"));
        workspace.filterProperty().set(workspace.filter().withText("number 299"));
        assertThat(model.busyProperty().get()).isTrue();
        executor.runInReverse();

        assertThat(model.rows()).extracting(DealRow::id).containsExactly("deal-299");
        assertThat(executor.cancelled()).isEqualTo(1);
    }

    @Test
    void selectingRowsSharesTheSelectionWithTheOtherViews() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        DealsViewModel model = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());

        model.selectDeals(List.of("openai-aws", "openai-amd"));

        assertThat(workspace.selectedDealIds()).isEqualTo(Set.of("openai-aws", "openai-amd"));
    }

    /** Holds tasks until the test runs them, in any order, to show which result wins. */
    private static final class DeferredExecutor implements TaskExecutor {
        private final List<Runnable> queued = new ArrayList<>();
        private final List<TaskHandle> handles = new ArrayList<>();

        @Override
        public <V> TaskHandle execute(BackgroundTask<V> task) {
            CurrentThreadTaskExecutor inner = new CurrentThreadTaskExecutor();
            boolean[] cancelled = {false};
            TaskHandle handle = new TaskHandle() {
                @Override
                public String title() {
                    return task.title();
                }

                @Override
                public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
                    return new javafx.beans.property.SimpleDoubleProperty(-1);
                }

                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
            handles.add(handle);
            // A cancelled task here still delivers its result, as a slow worker might: the view model must ignore it.
            queued.add(() -> inner.execute(task));
            return handle;
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }

        void runInReverse() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }

        long cancelled() {
            return handles.stream().filter(TaskHandle::isCancelled).count();
        }

        @Override
        public ObservableList<TaskHandle> runningTasks() {
            return FXCollections.observableArrayList();
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void whileHiddenTheTableSelectsNothingAndOnceShownItShowsTheLatestFilter() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        int[] selections = {0};
        DealsViewModel model = new DealsViewModel(workspace, countingSelections(selections), new CurrentThreadTaskExecutor(),
                Messages.english());
        int afterFirst = selections[0];

        model.setActive(false);
        workspace.filterProperty().set(workspace.filter().withText("a"));
        workspace.filterProperty().set(workspace.filter().withText("aw"));
        workspace.filterProperty().set(workspace.filter().withText("aws"));

        assertThat(selections[0]).isEqualTo(afterFirst);
        assertThat(model.rows()).hasSize(5);

        model.setActive(true);

        assertThat(selections[0]).isEqualTo(afterFirst + 1);
        assertThat(model.rows()).extracting(DealRow::id).containsExactly("openai-aws");
        assertThat(model.busyProperty().get()).isFalse();
    }

    /** The analysis service, counting its selections. */
    private AnalysisService countingSelections(int[] count) {
        return new AnalysisService() {
            @Override
            public com.computefolio.service.DealSelection select(Portfolio portfolio, com.computefolio.service.DealSelectionQuery query,
                                                                java.util.function.BooleanSupplier cancelled) {
                count[0]++;
                return analysis.select(portfolio, query, cancelled);
            }

            @Override
            public com.computefolio.service.Timeline timeline(Portfolio portfolio, com.computefolio.service.TimelineQuery query) {
                return analysis.timeline(portfolio, query);
            }

            @Override
            public List<com.computefolio.service.NettingLine> netting(Portfolio portfolio, DealFilter filter) {
                return analysis.netting(portfolio, filter);
            }

            @Override
            public List<com.computefolio.service.Contribution> contributions(Portfolio portfolio,
                    com.computefolio.service.TimelineQuery query, String seriesKey, int periodIndex) {
                return analysis.contributions(portfolio, query, seriesKey, periodIndex);
            }

            @Override
            public java.util.Map<String, com.computefolio.service.DealCells> cells(Portfolio portfolio,
                    com.computefolio.service.TimelineQuery query, java.time.YearMonth firstPeriod, int periodCount) {
                return analysis.cells(portfolio, query, firstPeriod, periodCount);
            }

            @Override
            public com.computefolio.service.ChartAggregates chartAggregates(Portfolio portfolio,
                    com.computefolio.service.TimelineQuery query, boolean splitByConfidence) {
                return analysis.chartAggregates(portfolio, query, splitByConfidence);
            }
        };
    }
}
