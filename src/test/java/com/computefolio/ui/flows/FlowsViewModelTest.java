package com.computefolio.ui.flows;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.PortfolioBuilder;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.flows.FlowsViewModel.Line;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Flows view's state without a display: OpenAI buys $40B from Amazon, which invests $10B
 * (10 / 40 = 25.00% financed), and buys $20B from Oracle, which invests nothing.
 */
class FlowsViewModelTest {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FlowsViewModel model = new FlowsViewModel(workspace, new DefaultAnalysisService(new ScheduleEngine()), executor,
            Texts.english().charts());

    private static Portfolio portfolio() {
        return PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").party("oracle", "Oracle")
                .deals(deal("aws").counterparty("amazon").value("40", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build(),
                        deal("amazon-equity").counterparty("amazon").inflow().value("10", ValueBasis.TOTAL_OVER_TERM)
                                .term("2026-03", 1).build(),
                        deal("oci").counterparty("oracle").value("20", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 24).build())
                .build();
    }

    @Test
    void showsEachPairWithItsCircularShareOnceActive() {
        workspace.setPortfolio(portfolio());
        assertThat(model.lines()).isEmpty();

        model.setActive(true);

        assertThat(model.lines()).containsExactly(
                new Line("OpenAI", "Amazon (circular)", "$40B", "$10B", "-$30B", "25.00%", true),
                new Line("OpenAI", "Oracle", "$20B", "\u2013", "-$20B", "", false));
        assertThat(model.summaryProperty().get()).contains("2 pairs", "out $60B", "in $10B", "net -$50B",
                "1 circular pair: 25.00%");
    }

    @Test
    void followsTheFilterButOnlyWhileShown() {
        workspace.setPortfolio(portfolio());
        model.setActive(true);
        int runs = executor.executedCount();

        model.setActive(false);
        workspace.filterProperty().set(new DealFilter(null, Set.of("oracle"), null, null, null, null, null, null, null));
        assertThat(executor.executedCount()).isEqualTo(runs);

        model.setActive(true);
        assertThat(model.lines()).extracting(Line::counterparty).containsExactly("Oracle");
        assertThat(model.summaryProperty().get()).contains("no circular pairs");
    }

    @Test
    void saysSoWhenNoDealMatches() {
        workspace.setPortfolio(portfolio());
        workspace.filterProperty().set(DealFilter.ALL.withText("nothing like this"));
        model.setActive(true);

        assertThat(model.lines()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No deals match the filter.");
    }
}
