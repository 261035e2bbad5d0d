package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultBuyerTest {
    private final Portfolio portfolio = PortfolioBuilder.portfolio()
            .party("openai", "OpenAI").party("anthropic", "Anthropic").party("google", "Google").party("amazon", "Amazon")
            .deals(DealBuilder.deal("a1").buyer("anthropic").counterparty("google").build(),
                    DealBuilder.deal("a2").buyer("anthropic").counterparty("amazon").build(),
                    DealBuilder.deal("o1").buyer("openai").counterparty("amazon").build())
            .build();

    @Test
    void theMostCommonBuyerWhenTheFilterNamesNone() {
        assertThat(DefaultBuyer.of(portfolio, DealFilter.ALL)).contains("anthropic");
    }

    @Test
    void theOneBuyerTheFilterShows() {
        DealFilter openAiOnly = DealFilter.ALL.withRoles(new PartyRoles(Set.of("openai"), Set.of(), Set.of()));

        assertThat(DefaultBuyer.of(portfolio, openAiOnly)).contains("openai");
    }

    @Test
    void severalBuyersInTheFilterFallBackToTheMostCommon() {
        DealFilter two = DealFilter.ALL.withRoles(new PartyRoles(Set.of("openai", "amazon"), Set.of(), Set.of()));

        assertThat(DefaultBuyer.of(portfolio, two)).contains("anthropic");
    }

    @Test
    void anEmptyRegisterHasNoDefaultBuyer() {
        assertThat(DefaultBuyer.of(Portfolio.empty("new"), DealFilter.ALL)).isEmpty();
    }
}
