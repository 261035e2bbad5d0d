package com.computefolio.service.scenario;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memo that keeps the schedule cache hitting: the same register and scenario give the very same view. */
class ScenarioViewsTest {

    private final ScenarioViews views = new ScenarioViews();
    private final Scenario weighted = Scenarios.builtIn().find("weighted").orElseThrow();

    @Test
    void theSameRegisterAndScenarioGiveTheSameViewObject() {
        Portfolio register = WorkedExample.fourDeals();

        assertThat(views.view(register, weighted, null)).isSameAs(views.view(register, weighted, null));
    }

    @Test
    void anEditedDealIsRebuiltAndTheOthersKeepTheirEffectiveRevisions() {
        Portfolio register = WorkedExample.fourDeals();
        Portfolio before = views.view(register, weighted, null);
        List<Deal> edited = new ArrayList<>(register.deals());
        edited.set(0, deal("signed").value("12", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.OFFICIAL)
                .term("2026-01", 12).build());

        Portfolio after = views.view(portfolio().deals(edited).build(), weighted, null);

        assertThat(after.deal("leaked").orElseThrow().current()).isSameAs(before.deal("leaked").orElseThrow().current());
        assertThat(after.deal("signed").orElseThrow().current().value().amount())
                .isNotEqualTo(before.deal("signed").orElseThrow().current().value().amount());
    }

    @Test
    void aTagThatMakesADealAnOptionIsSeenWithoutANewRevision() {
        Portfolio register = WorkedExample.fourDeals();
        Scenario ceilings = Scenarios.builtIn().find("ceilings").orElseThrow();
        views.view(register, ceilings, null);
        Deal signed = register.deal("signed").orElseThrow();
        List<Deal> retagged = new ArrayList<>(register.deals());
        retagged.set(0, new Deal(signed.id(), signed.title(), signed.buyerId(), signed.counterpartyId(), signed.kind(),
                signed.direction(), signed.announced(), signed.links(), List.of("option"), signed.notes(), signed.version(),
                signed.revisions()));

        Portfolio after = views.view(portfolio().deals(retagged).build(), ceilings, null);

        assertThat(after.deal("signed")).isEmpty();
    }
}
