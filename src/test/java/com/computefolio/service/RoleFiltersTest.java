package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: Microsoft as a buyer and Microsoft as OpenAI's supplier are different questions. Three
 * deals: OpenAI buys from Microsoft, Microsoft buys from Nvidia, Anthropic buys from Google.
 */
class RoleFiltersTest {
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
    private final Portfolio portfolio = PortfolioBuilder.portfolio()
            .party("openai", "OpenAI").party("microsoft", "Microsoft (Azure)").party("nvidia", "Nvidia")
            .party("anthropic", "Anthropic").party("google", "Google Cloud")
            .deals(DealBuilder.deal("openai-azure").buyer("openai").counterparty("microsoft").build(),
                    DealBuilder.deal("microsoft-nvidia").buyer("microsoft").counterparty("nvidia").build(),
                    DealBuilder.deal("anthropic-google").buyer("anthropic").counterparty("google").build())
            .build();

    private Set<String> ids(PartyRoles roles) {
        return Set.copyOf(analysis.select(portfolio, DealSelectionQuery.of(DealFilter.ALL.withRoles(roles))).rows()
                .stream().map(v -> v.deal().id()).toList());
    }

    @Test
    void aBuyerFilterKeepsOnlyDealsThePartyBuys() {
        assertThat(ids(new PartyRoles(Set.of("microsoft"), Set.of(), Set.of()))).containsExactly("microsoft-nvidia");
    }

    @Test
    void aCounterpartyFilterKeepsOnlyDealsThePartySells() {
        assertThat(ids(new PartyRoles(Set.of(), Set.of("microsoft"), Set.of()))).containsExactly("openai-azure");
    }

    @Test
    void anExcludedPartyTakesOutEveryDealItIsOnEitherSideOf() {
        assertThat(ids(new PartyRoles(Set.of(), Set.of(), Set.of("microsoft")))).containsExactly("anthropic-google");
    }

    @Test
    void rolesHoldTogetherAndWithTheAnyPartyFilter() {
        assertThat(ids(new PartyRoles(Set.of("openai", "microsoft"), Set.of(), Set.of("nvidia")))).containsExactly("openai-azure");
        DealFilter anyMicrosoftButNotAsBuyer = new DealFilter(null, Set.of("microsoft"), Set.of(), Set.of(), Set.of(), null, null,
                null, Set.of(), null, false, new PartyRoles(Set.of(), Set.of("microsoft"), Set.of()));
        assertThat(analysis.select(portfolio, DealSelectionQuery.of(anyMicrosoftButNotAsBuyer)).rows())
                .extracting(v -> v.deal().id()).containsExactly("openai-azure");
    }

    @Test
    void noRolesRestrictNothing() {
        assertThat(PartyRoles.NONE.isEmpty()).isTrue();
        assertThat(ids(PartyRoles.NONE)).hasSize(3);
    }

    @Test
    void namesResolveByIdOrNameInAnyCaseAndUnknownWordsAreHandedBack() {
        PartyNames names = new PartyNames(portfolio.parties());

        PartyNames.Resolved resolved = names.resolve(List.of("MICROSOFT", "google cloud", "nvidia", "meta"));

        assertThat(resolved.ids()).containsExactlyInAnyOrder("microsoft", "google", "nvidia");
        assertThat(resolved.unknown()).containsExactly("meta");
        assertThat(names.known()).first().isEqualTo("Anthropic (anthropic)");
    }
}
