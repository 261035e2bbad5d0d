package com.computefolio.ui.compare;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.state.WorkspaceModel;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final CompareViewModel model = new CompareViewModel(workspace, new DefaultAnalysisService(new ScheduleEngine()),
            new CurrentThreadTaskExecutor(), Messages.english());

    @Test
    void oneRowPerScenarioOnceTheTabIsShownAndAgainWhenTheRegisterChanges() {
        workspace.setPortfolio(portfolio().deals(deal("loi").status(DealStatus.LETTER_OF_INTENT)
                .value("100", ValueBasis.UP_TO).confidence(Confidence.OFFICIAL).term("2027-01", 60).build()).build());
        assertThat(model.rows()).isEmpty();

        model.setActive(true);

        assertThat(model.rows()).extracting(CompareViewModel.Row::scenario)
                .containsExactly("as-registered", "firm", "reported", "ceilings", "options", "estimates", "weighted");
        assertThat(model.rows().get(1).deals()).isEqualTo("0");
        assertThat(model.rows().get(3).deals()).isEqualTo("1");

        workspace.setPortfolio(portfolio().build());

        assertThat(model.rows().get(3).deals()).isEqualTo("0");
    }
}
