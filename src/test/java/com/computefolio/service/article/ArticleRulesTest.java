package com.computefolio.service.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proposer's rules that tie figures to deals (docs/article-proposer.md), each on a short article of our own
 * against the curated register: which draft a figure goes to, and which figures go to no draft at all.
 */
class ArticleRulesTest {

    private static ProposalSet propose(String text, LocalDate published) {
        Article article = new Article(text, "https://example.com/a", "Example", published, "t");
        return new ArticleProposer().propose(article, CuratedRegister.both());
    }

    private static Map<String, String> fieldsOf(ProposalSet set, String dealId) {
        return set.proposals().stream().filter(p -> p.proposed().id().equals(dealId)).findFirst().map(ProposalScore::fields)
                .orElseThrow(() -> new AssertionError("no proposal for " + dealId));
    }

    @Test
    void anInvestmentLeavesTermCapacityAndHardwareToThePairsOtherDeal() {
        ProposalSet set = propose("OpenAI said on Friday that Amazon will invest $50 billion in the company, and that it will "
                + "spend $100 billion more on Amazon Web Services over eight years.\n"
                + "OpenAI will use about 2 gigawatts of Trainium3 chips from Amazon.", LocalDate.of(2026, 2, 27));

        Map<String, String> equity = fieldsOf(set, "amazon-equity-2026");
        assertThat(equity).containsEntry("KIND", "EQUITY_INVESTMENT").doesNotContainKeys("TERM", "CAPACITY", "HARDWARE");
        assertThat(fieldsOf(set, "aws-cloud-2025")).containsEntry("TERM", "96").containsEntry("CAPACITY", "2");
    }

    @Test
    void aSentenceOfAnalystsViewsStartsNoDraftAndNamesOnlyMentions() {
        ProposalSet set = propose("يرى محللون أن تعديل الاتفاق يمنح OpenAI حرية أكبر مع أمازون و Google.\n"
                + "Analysts say OpenAI could expand its work with Google.", LocalDate.of(2026, 4, 28));

        assertThat(set.proposals()).isEmpty();
        assertThat(set.mentions()).isNotEmpty();
    }

    @Test
    void aPartnershipAmendedRevisesThePartnershipNotThePairsLatestPurchase() {
        ProposalSet set = propose("Microsoft and OpenAI amended their partnership on Monday; OpenAI may now use any cloud.",
                LocalDate.of(2026, 4, 28));

        assertThat(set.proposals()).singleElement().satisfies(p -> {
            assertThat(p.existing().orElseThrow().id()).isEqualTo("microsoft-partnership");
            assertThat(ProposalScore.fields(p)).containsEntry("STATUS", "AMENDED");
        });
    }

    @Test
    void anAmountTheRegisterHoldsForOneOfTheNamedPartiesBelongsToThatPartysDeal() {
        ProposalSet set = propose("SoftBank, Oracle and OpenAI said on Tuesday that they intend to invest $500 billion in "
                + "Stargate.", LocalDate.of(2025, 1, 22));

        assertThat(set.proposals()).singleElement()
                .satisfies(p -> assertThat(p.existing().orElseThrow().id()).isEqualTo("stargate-us-2025"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "AMD gave OpenAI a warrant for 160 million AMD shares at $0.01 each. | $0.01",
        "OpenAI will hold AMD stock once AMD's share price reaches $600. | $600",
        "OpenAI and Oracle are together expected to spend roughly $370 billion to $400 billion on cloud. | $400 billion",
        "ستستثمر أوراكل و OpenAI معًا ما يصل إلى 15 مليار دولار في الحوسبة السحابية. | 15 مليار دولار",
    })
    void aUnitPriceASumOfSeveralPartiesOrTheEndOfSuchARangeIsNoDealsValue(String text, String amount) {
        ProposalSet set = propose(text, LocalDate.of(2025, 11, 18));

        assertThat(set.proposals()).noneMatch(p -> p.found().containsKey(ProposedField.VALUE));
        assertThat(set.notUsed()).anySatisfy(u -> assertThat(u.what()).contains(amount));
    }

    @Test
    void sellersNamedAgainKeepThePreviousBuyerAndEachDealAnnouncedTogetherTakesTheDay() {
        ProposalSet set = propose("أعلنت مايكروسوفت و Nvidia يوم الثلاثاء أنهما ستستثمران في Anthropic، في حين التزمت "
                + "Anthropic بشراء خدمات حوسبة من منصة Azure السحابية بقيمة 30 مليار دولار.\n"
                + "وبموجب الاتفاق، تستثمر Nvidia ما يصل إلى 10 مليارات دولار، فيما تستثمر مايكروسوفت ما يصل إلى 5 مليارات دولار.\n"
                + "وتعتمد Anthropic مع Nvidia على ما يصل إلى 1 غيغاواط من أنظمة Grace Blackwell.", LocalDate.of(2025, 11, 19));

        assertThat(set.proposals()).allSatisfy(p -> assertThat(p.proposed().buyerId()).isEqualTo("anthropic"));
        assertThat(fieldsOf(set, "anthropic-nvidia-equity-2025")).containsEntry("ANNOUNCED", "2025-11-18")
                .containsEntry("VALUE", "10000000000 USD UP_TO");
        assertThat(fieldsOf(set, "anthropic-microsoft-equity-2025")).containsEntry("ANNOUNCED", "2025-11-18");
        assertThat(fieldsOf(set, "anthropic-nvidia-systems-2025")).containsEntry("CAPACITY", "1");
    }

    @Test
    void moneyInvestedInAJointVentureIsTheVenturesValueWithItsTerm() {
        ProposalSet set = propose("SoftBank, Oracle and OpenAI said on Tuesday that they intend to invest $500 billion in "
                + "Stargate over four years.", LocalDate.of(2025, 1, 22));

        assertThat(fieldsOf(set, "stargate-us-2025")).containsEntry("TERM", "48");
    }

    @Test
    void theSizeOfTheBuyersOwnFundingRoundIsNotTheInvestorsDeal() {
        ProposalSet set = propose("xAI is raising $20 billion in fresh financing, and Nvidia will put as much as $2 billion "
                + "into the equity portion, according to people familiar with the matter.", LocalDate.of(2025, 10, 8));

        assertThat(set.proposals()).singleElement()
                .satisfies(p -> assertThat(ProposalScore.fields(p)).containsEntry("VALUE", "2000000000 USD UP_TO"));
        assertThat(set.notUsed()).anySatisfy(u -> assertThat(u.what()).contains("$20 billion"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The deal brings the capacity OpenAI has lined up with Nvidia and AMD to 26 gigawatts. | 26 gigawatts",
        "OpenAI now has Nvidia and AMD chips for a total of 26 gigawatts. | 26 gigawatts",
    })
    void aRunningTotalOverSeveralDealsIsNoDealsFigure(String text, String figure) {
        ProposalSet set = propose(text, LocalDate.of(2025, 10, 14));

        assertThat(set.proposals()).isEmpty();
        assertThat(set.notUsed()).anySatisfy(u -> assertThat(u.what()).contains(figure));
    }

    @Test
    void theProjectALetterOfIntentSuppliesIsNotOneOfItsSellers() {
        ProposalSet set = propose("OpenAI signed letters of intent with Samsung Electronics and SK Hynix on Wednesday to supply "
                + "the Stargate project with memory chips.", LocalDate.of(2025, 10, 2));

        assertThat(set.proposals()).extracting(p -> p.proposed().counterpartyId()).doesNotContain("stargate").isNotEmpty();
    }

    @Test
    void anAmountTheRegisterHeldIsNewsAgainWhenTheDealIsCompleted() {
        ProposalSet set = propose("أعلنت مجموعة سوفت بنك يوم الأربعاء أنها أتمّت التزامها البالغ 40 مليار دولار في OpenAI.",
                LocalDate.of(2025, 12, 31));

        assertThat(fieldsOf(set, "softbank-investment-2025")).containsEntry("STATUS", "COMPLETED")
                .containsEntry("VALUE", "40000000000 USD TOTAL_OVER_TERM");
    }

    @Test
    void aPlanDroppedAndCapacityThatWouldHaveBeenOrAlreadyIsProposeNothing() {
        ProposalSet set = propose("OpenAI and Oracle have dropped plans to expand their data centre campus in Abilene, people "
                + "familiar with the matter said.\nThe expansion would have added about 600 megawatts to the site, which already "
                + "has some 1.2 gigawatts.", LocalDate.of(2026, 3, 9));

        assertThat(set.proposals()).isEmpty();
        assertThat(set.notUsed()).anySatisfy(u -> assertThat(u.what()).contains("600 megawatts"));
    }
}
