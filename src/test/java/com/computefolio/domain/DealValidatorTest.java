package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.computefolio.testing.DealBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DealValidatorTest {

    private static final Set<String> PARTIES = Set.of("openai", "amazon", "nvidia");
    private static final Set<String> DEALS = Set.of("openai-aws", "openai-nvidia");

    private final DealValidator validator = new DealValidator();

    private List<Problem> problemsOf(DealBuilder builder) {
        return validator.validate(builder.build(), PARTIES, DEALS);
    }

    private static List<String> pathsOf(List<Problem> problems) {
        return problems.stream().map(Problem::path).toList();
    }

    private static DealBuilder aws() {
        return deal("openai-aws").title("AWS cloud capacity").buyer("openai").counterparty("amazon")
                .value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84);
    }

    @Test
    void aCompleteDealHasNoProblems() {
        assertThat(problemsOf(aws().link(LinkType.RELATED, "openai-nvidia"))).isEmpty();
    }

    @Test
    void everyProblemIsASentenceWithAnExpectation() {
        List<Problem> problems = problemsOf(deal("Bad Id").title(" ").buyer("x").counterparty("x").valueMinor(-1, ValueBasis.TOTAL_OVER_TERM));

        assertThat(problems).hasSizeGreaterThanOrEqualTo(5);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.message()).matches("[A-Z].*\\.");
            assertThat(p.expected()).isNotBlank();
            assertThat(p.file()).isNull();
        });
    }

    @Test
    void blankIdAndTitleAreReported() {
        assertThat(pathsOf(problemsOf(aws().title("")))).containsExactly("title");
        assertThat(problemsOf(deal(" ").value("1", ValueBasis.TOTAL_OVER_TERM)))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("id", "The deal has no id."));
    }

    @Test
    void idMustBeASlug() {
        assertThat(pathsOf(problemsOf(deal("OpenAI AWS")))).containsExactly("id");
        assertThat(pathsOf(problemsOf(deal("-aws")))).containsExactly("id");
        assertThat(problemsOf(deal("openai-aws-2025"))).isEmpty();
    }

    @Test
    void unknownPartiesAreNamed() {
        List<Problem> problems = problemsOf(aws().buyer("anthropic").counterparty("google"));

        assertThat(pathsOf(problems)).containsExactly("buyer", "counterparty");
        assertThat(problems.get(0).message()).contains("\"anthropic\"");
        assertThat(problems.get(1).message()).contains("\"google\"");
    }

    @Test
    void buyerAndCounterpartyMustDiffer() {
        List<Problem> problems = problemsOf(aws().counterparty("openai"));

        assertThat(pathsOf(problems)).containsExactly("counterparty");
        assertThat(problems.get(0).message()).contains("same party");
    }

    @Test
    void linksMustPointToAnotherKnownDeal() {
        List<Problem> problems = problemsOf(aws()
                .link(LinkType.EXPANDS, "openai-nvidia")
                .link(LinkType.AMENDS, "no-such-deal")
                .link(LinkType.RELATED, "openai-aws"));

        assertThat(pathsOf(problems)).containsExactly("links[1].deal", "links[2].deal");
        assertThat(problems.get(0).message()).contains("no-such-deal");
        assertThat(problems.get(1).message()).contains("itself");
    }

    @Test
    void twoRevisionsMayNotShareAKnownFromDate() {
        List<Problem> problems = problemsOf(aws().knownFrom("2025-11-03").then("2025-11-03"));

        assertThat(pathsOf(problems)).containsExactly("revisions[1].knownFrom");
        assertThat(problems.get(0).message()).contains("2025-11-03");
    }

    @Test
    void revisionsBeforeTheAnnouncementAreAllowedAsRumours() {
        assertThat(problemsOf(aws().announced("2025-11-03").knownFrom("2025-09-01").status(DealStatus.RUMOURED)
                .then("2025-11-03").status(DealStatus.DEFINITIVE))).isEmpty();
    }

    @Test
    void negativeAmountsAreReportedWhereverTheyAre() {
        List<Problem> problems = problemsOf(aws().then("2026-01-01").valueMinor(-500, ValueBasis.TOTAL_OVER_TERM));

        assertThat(pathsOf(problems)).containsExactly("revisions[1].value.amount");
        assertThat(problems.get(0).message()).isEqualTo("The amount -5.00 USD is negative.");
    }

    @Test
    void amountsAboveTenToTheFifteenAreAbsurdButTheLimitItselfIsAllowed() {
        assertThat(problemsOf(aws().valueMajor("1000000000000000", "USD", ValueBasis.TOTAL_OVER_TERM))).isEmpty();

        List<Problem> problems = problemsOf(aws().valueMajor("1000000000000000.01", "USD", ValueBasis.TOTAL_OVER_TERM));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].value.amount");
        assertThat(problems.get(0).expected()).isEqualTo("at most 1000000000000000");
    }

    @Test
    void aYearlyAmountWhoseTotalOverTheTermIsAbsurdIsReported() {
        // 10^15 a year is allowed on its own, but over 24 months it makes 2 × 10^15.
        List<Problem> problems = problemsOf(aws().valueMajor("1000000000000000", "USD", ValueBasis.PER_YEAR).term("2026-01", 24));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].value.amount");
        assertThat(problems.get(0).message()).contains("over the term");
    }

    @Test
    void lowAboveHighIsReported() {
        List<Problem> problems = problemsOf(aws().value("20", ValueBasis.ANALYST_ESTIMATE).range("30", "10"));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].value.low");
    }

    @Test
    void anEstimateMustLieWithinItsRange() {
        assertThat(problemsOf(aws().value("20", ValueBasis.ANALYST_ESTIMATE).range("10", "30"))).isEmpty();
        assertThat(problemsOf(aws().value("10", ValueBasis.ANALYST_ESTIMATE).range("10", null))).isEmpty();

        List<Problem> problems = problemsOf(aws().value("40", ValueBasis.ANALYST_ESTIMATE).range("10", "30"));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].value.amount");
        assertThat(problems.get(0).message()).contains("outside its estimate range 10000000000.00 USD to 30000000000.00 USD");
    }

    @Test
    void everyFigureNeedsASource() {
        Figure unsourced = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.billionsUsd("50"), null, null,
                Confidence.REPORTED, List.of(), "Bloomberg's figure");

        List<Problem> problems = problemsOf(aws().sources().otherFigure(unsourced));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].value.sources", "revisions[0].otherFigures[0].sources");
    }

    @Test
    void sourceAddressesMustBeHttpOrHttpsAndWellFormed() {
        Source ftp = new Source("S2", "Example", "t", "ftp://example.com/file", null, null);
        Source spaces = new Source("S3", "Example", "t", "https://exa mple.com/", null, null);
        Source noHost = new Source("S4", "Example", "t", "https:///path", null, null);
        Source relative = new Source("S5", "Example", "t", "example.com/story", null, null);
        Source fine = new Source("S6", "Example", "t", "HTTPS://example.com/story?id=1", null, null);

        List<Problem> problems = problemsOf(aws().sources(ftp, spaces, noHost, relative, fine));

        assertThat(pathsOf(problems)).containsExactly(
                "revisions[0].value.sources[0].url",
                "revisions[0].value.sources[1].url",
                "revisions[0].value.sources[2].url",
                "revisions[0].value.sources[3].url");
        assertThat(problems.get(0).message()).contains("ftp://example.com/file", "not an http or https address");
        assertThat(problems.get(1).message()).contains("not a well-formed URL");
    }

    @Test
    void aSourceUsedTwiceIsReportedOnce() {
        Source ftp = new Source("S2", "Example", "t", "ftp://example.com/file", null, null);

        List<Problem> problems = problemsOf(aws().sources(ftp).revisionSources(ftp).then("2026-01-01"));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].sources[0].url");
    }

    @Test
    void legAmountsMustAddUpToTheHeadline() {
        assertThat(problemsOf(aws().value("17", ValueBasis.TOTAL_OVER_TERM)
                .leg("2026-03", 1, ScheduleShape.LUMP, "5")
                .leg("2027-01", 12, ScheduleShape.EVEN, "12"))).isEmpty();

        List<Problem> problems = problemsOf(aws().value("17", ValueBasis.TOTAL_OVER_TERM)
                .leg("2026-03", 1, ScheduleShape.LUMP, "5")
                .leg("2027-01", 12, ScheduleShape.EVEN, "10"));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].schedule");
        assertThat(problems.get(0).message())
                .isEqualTo("The schedule legs add up to 15000000000.00 USD but the headline total is 17000000000.00 USD.");
    }

    @Test
    void legsOfAYearlyAmountAddUpToTheYearlyAmountTimesTheYears() {
        // $10B a year over 24 months is $20B.
        assertThat(problemsOf(aws().value("10", ValueBasis.PER_YEAR).term("2026-01", 24)
                .leg("2026-01", 24, ScheduleShape.RAMP, "20"))).isEmpty();
    }

    @Test
    void capacityOnlyLegsNeedNotAddUpToAnything() {
        assertThat(problemsOf(aws().capacityGw("2").capacityLeg("2026-01", 1, ScheduleShape.LUMP, "0.5"))).isEmpty();
    }

    @Test
    void moneyOnLegsOfAnUndisclosedDealIsAContradiction() {
        List<Problem> problems = problemsOf(aws().undisclosed().leg("2026-01", 2, ScheduleShape.EVEN, "1"));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].schedule");
    }

    @Test
    void negativeLegAmountsAndCapacitiesAreReported() {
        List<Problem> problems = problemsOf(aws().value("1", ValueBasis.TOTAL_OVER_TERM).capacityGw("-1")
                .leg(new ScheduleLeg("bad", YearMonth.of(2026, 1), 2, ScheduleShape.EVEN,
                        Money.usd(-100), Capacity.ofGigawatts("-0.5")))
                .leg("2026-03", 1, ScheduleShape.LUMP, "1"));

        assertThat(pathsOf(problems)).contains(
                "revisions[0].capacityGw",
                "revisions[0].schedule[0].capacityGw",
                "revisions[0].schedule[0].amount");
    }

    @Test
    void legsInAnotherCurrencyAreReported() {
        List<Problem> problems = problemsOf(aws().value("1", ValueBasis.TOTAL_OVER_TERM)
                .leg(new ScheduleLeg("eur", YearMonth.of(2026, 1), 1, ScheduleShape.LUMP,
                        new Money("EUR", 100_000_000_000L), null)));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].schedule[0].amount");
    }

    @Test
    void termsLongerThanACenturyAreSlips() {
        List<Problem> problems = problemsOf(aws().term("2026-01", 8400));

        assertThat(pathsOf(problems)).containsExactly("revisions[0].term.months");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        List<Problem> problems = problemsOf(deal("x y").title("").buyer("nobody").counterparty("amazon")
                .valueMinor(-1, ValueBasis.TOTAL_OVER_TERM).sources().link(LinkType.RELATED, "ghost"));

        assertThat(pathsOf(problems)).containsExactlyInAnyOrder("id", "title", "buyer", "links[0].deal",
                "revisions[0].value.amount", "revisions[0].value.sources");
    }

    @Test
    void portfolioReportsDuplicateIdsAndPrefixesDealPaths() {
        Party openai = new Party("openai", "OpenAI", PartyKind.AI_LAB);
        Party amazon = new Party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD);
        Deal first = aws().build();
        Deal second = aws().title("").build();
        Portfolio portfolio = new Portfolio("p", List.of(openai, amazon, openai), List.of(first, second), List.of());

        List<Problem> problems = validator.validatePortfolio(portfolio);

        assertThat(pathsOf(problems)).containsExactly("parties[2].id", "deals[1].id", "deals[1].title");
    }

    @Test
    void portfolioChecksPartiesAndLinksAgainstItself() {
        Party openai = new Party("openai", "OpenAI", PartyKind.AI_LAB);
        Party bad = new Party("Amazon", "", PartyKind.HYPERSCALER_CLOUD);
        Deal linked = deal("a").counterparty("Amazon").link(LinkType.EXPANDS, "b").build();
        Deal target = deal("b").buyer("openai").counterparty("Amazon").build();

        List<Problem> problems = validator.validatePortfolio(new Portfolio("p", List.of(openai, bad), List.of(linked, target), List.of()));

        assertThat(pathsOf(problems)).containsExactly("parties[1].id", "parties[1].name");
    }

    @Test
    void oneSourceIdMustNotNameTwoDifferentSources() {
        Party openai = new Party("openai", "OpenAI", PartyKind.AI_LAB);
        Party amazon = new Party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD);
        Source original = new Source("S24", "DigiTimes", "AWS and OpenAI", "https://digitimes.com/a", LocalDate.of(2025, 11, 4), null);
        Source same = new Source("S24", "DigiTimes", "AWS and OpenAI", "https://digitimes.com/a", LocalDate.of(2025, 11, 4), null);
        Source clash = new Source("S24", "Reuters", "Other story", "https://reuters.com/b", null, null);
        Deal first = deal("a").sources(original).build();
        Deal second = deal("b").sources(same).build();
        Deal third = deal("c").sources(clash).build();

        List<Problem> problems = validator.validatePortfolio(
                new Portfolio("p", List.of(openai, amazon), List.of(first, second, third), List.of()));

        assertThat(pathsOf(problems)).containsExactly("deals[2].revisions[0].value.sources[0]");
        assertThat(problems.get(0).message()).contains("S24", "https://digitimes.com/a", "https://reuters.com/b");
    }
}
