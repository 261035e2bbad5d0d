package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.testing.DealBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the version 2 shapes: roles and shares, unsourced figures, open terms, options, exit rights. */
class DealShapesValidationTest {

    private static final Set<String> PARTIES = Set.of("openai", "amazon", "google", "meta", "blue-owl");

    private final DealValidator validator = new DealValidator();

    private List<String> problemPaths(Deal deal) {
        return validator.validate(deal, PARTIES, Set.of()).stream().map(Problem::path).toList();
    }

    @Test
    void jointVentureOwnersWithEightyAndTwentyPercentAreAccepted() {
        Deal deal = deal("jv").value("27", ValueBasis.ABOUT).term("2026-01", 12)
                .role(PartyRole.JV_OWNER, "blue-owl", null, "80").role(PartyRole.JV_OWNER, "meta", null, "20")
                .role(PartyRole.GUARANTOR, "google", "1.4", null).build();

        assertThat(problemPaths(deal)).isEmpty();
    }

    @Test
    void sharesOfOneRoleAddingUpToMoreThanAHundredPercentAreRefused() {
        Deal deal = deal("jv").value("27", ValueBasis.ABOUT).term("2026-01", 12)
                .role(PartyRole.JV_OWNER, "blue-owl", null, "80").role(PartyRole.JV_OWNER, "meta", null, "20.5").build();

        assertThat(validator.validate(deal, PARTIES, Set.of())).extracting(Problem::message)
                .containsExactly("The shares of the JV_OWNER parties add up to 100.5%.");
    }

    @Test
    void anAmountOnlyForAGuarantorAndAShareOnlyForOwnersAndCoInvestors() {
        Deal deal = deal("d").value("1", ValueBasis.TOTAL_OVER_TERM)
                .role(PartyRole.END_USER, "google", "1", null).role(PartyRole.GUARANTOR, "meta", null, "10")
                .role(PartyRole.CO_INVESTOR, "nobody", null, "0").build();

        assertThat(problemPaths(deal)).containsExactly("roles[0].amount", "roles[1].share", "roles[2].party",
                "roles[2].share");
    }

    @Test
    void aFigureWithoutSourcesIsRefusedUnlessMarkedUnsourcedAndAnUnsourcedOneMayNotCiteOne() {
        Deal missing = deal("d").value("1", ValueBasis.TOTAL_OVER_TERM).sources().build();
        Deal marked = deal("d").value("1", ValueBasis.TOTAL_OVER_TERM).unsourced().build();
        Figure contradictory = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.billionsUsd("1"), null, null, Confidence.REPORTED,
                List.of(DealBuilder.source("S1")), null, true);
        Deal both = deal("d").value("1", ValueBasis.TOTAL_OVER_TERM).otherFigure(contradictory).build();

        assertThat(problemPaths(missing)).containsExactly("revisions[0].value.sources");
        assertThat(problemPaths(marked)).isEmpty();
        assertThat(problemPaths(both)).containsExactly("revisions[0].otherFigures[0].unsourced");
    }

    @Test
    void aNoticePeriodBelongsToAnOpenEndedTermOnly() {
        Deal fixed = deal("d").value("1", ValueBasis.TOTAL_OVER_TERM)
                .leg(new ScheduleLeg("x", YearMonth.parse("2026-01"), 1, ScheduleShape.LUMP, null, null)).build()
                .withCurrent(deal("d").value("1", ValueBasis.TOTAL_OVER_TERM).build().current()
                        .withTerm(new Term(YearMonth.parse("2026-01"), 12, false, false, 3)));
        Deal open = deal("d").value("1", ValueBasis.PER_MONTH).openTerm("2026-01", 12, 3).build();

        assertThat(problemPaths(fixed)).containsExactly("revisions[0].term.noticeMonths");
        assertThat(problemPaths(open)).isEmpty();
    }

    @Test
    void anOptionsWindowMayNotCloseBeforeItOpensAndAnExitRightNeedsAKnownPartyAndANotice() {
        Figure value = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.billionsUsd("7"), null, null, Confidence.REPORTED,
                List.of(DealBuilder.source("S1")), null);
        Deal deal = deal("d").value("1", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                .option(new DealOption(OptionKind.RENEWAL, null, value, 12, YearMonth.parse("2026-06"), YearMonth.parse("2026-05")))
                .exitRight(new ExitRight("stranger", 0, null, null)).build();

        assertThat(problemPaths(deal)).containsExactly("revisions[0].options[0].exerciseUntil",
                "revisions[0].exitRights[0].party", "revisions[0].exitRights[0].noticeDays");
    }
}
