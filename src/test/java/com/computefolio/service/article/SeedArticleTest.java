package com.computefolio.service.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ValueBasis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article the product grew from (shared/seed: the Arabic report of 3 November 2025 on OpenAI's AWS deal,
 * published by إيجيبت14 from the New York Times) is the first acceptance case of issue 19. The seed gives no
 * address; the test uses one under the reserved .invalid domain, so it cannot be mistaken for the real page.
 */
class SeedArticleTest {
    static final String URL = "https://seed.invalid/000_b29aba7545540c32";
    private static ProposalSet set;
    private static String text;

    @BeforeAll
    static void propose() throws IOException {
        text = Files.readString(Path.of("src/test/resources/articles/seed-egypt14-openai-amazon.txt"), StandardCharsets.UTF_8);
        Article article = new Article(text, URL, "إيجيبت14", LocalDate.of(2025, 11, 3), null);
        set = new ArticleProposer().propose(article, CuratedRegister.both());
    }

    @Test
    void proposesOneRevisionOfTheAwsDeal() {
        assertThat(set.proposals()).hasSize(1);
        Proposal p = set.proposals().get(0);
        assertThat(p.kind()).isEqualTo(Proposal.Kind.NEW_REVISION);
        assertThat(p.existing()).map(d -> d.id()).contains("aws-cloud-2025");
    }

    @Test
    void theRevisionIsThirtyEightBillionOverSevenYearsAnnouncedOnTheThirdOfNovember() {
        Proposal p = set.proposals().get(0);
        Revision r = p.proposed().asOf(LocalDate.of(2025, 11, 3)).orElseThrow();
        assertThat(r.knownFrom()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(r.value().amount()).isEqualTo(Money.billionsUsd("38"));
        assertThat(r.value().basis()).isEqualTo(ValueBasis.TOTAL_OVER_TERM);
        assertThat(r.value().confidence()).isEqualTo(Confidence.OFFICIAL);
        assertThat(r.term().months()).isEqualTo(84);
        assertThat(p.proposed().kind()).isEqualTo(DealKind.CLOUD_SERVICES);
        assertThat(p.confidence().confidence()).isEqualTo(Confidence.OFFICIAL);
        assertThat(p.found()).containsKeys(ProposedField.BUYER, ProposedField.COUNTERPARTY, ProposedField.KIND,
                ProposedField.ANNOUNCED, ProposedField.VALUE, ProposedField.TERM);
    }

    @Test
    void everyFigureQuotesTheArabicSentenceItCameFrom() {
        Proposal p = set.proposals().get(0);
        Revision r = p.proposed().asOf(LocalDate.of(2025, 11, 3)).orElseThrow();
        String sentence = "أعلنت شركة OpenAI يوم الاثنين 3 نوفمبر أنها وافقت على شراء خدمات حوسبة سحابية بقيمة 38 مليار دولار"
                + " من شركة أمازون على مدى السنوات السبع المقبلة.";
        assertThat(r.value().sources()).singleElement().satisfies(s -> {
            assertThat(s.quote()).isEqualTo(sentence);
            assertThat(s.url()).isEqualTo(URL);
        });
        Evidence value = p.found().get(ProposedField.VALUE);
        assertThat(value.quote()).isEqualTo(sentence);
        assertThat(text.substring(value.matchStart(), value.matchEnd())).isEqualTo("38 مليار دولار");
        assertThat(text.substring(p.found().get(ProposedField.ANNOUNCED).matchStart(), p.found().get(ProposedField.ANNOUNCED).matchEnd()))
                .isEqualTo("يوم الاثنين 3 نوفمبر");
    }

    @Test
    void inventsNothingTheArticleDoesNotSay() {
        Proposal p = set.proposals().get(0);
        assertThat(p.missing()).contains(ProposedField.CAPACITY, ProposedField.HARDWARE);
        Revision r = p.proposed().asOf(LocalDate.of(2025, 11, 3)).orElseThrow();
        assertThat(r.capacity()).isNull();
        assertThat(r.hardware()).isNull();
        assertThat(r.term().assumed()).as("the article gives the length, not the first month").isTrue();
    }

    @Test
    void theOtherDealsAreMentionsOfTheRegistersDeals() {
        assertThat(set.mentions()).extracting(m -> m.dealId().orElse("none"))
                .contains("microsoft-equity-total", "oracle-cloud-2025", "stargate-uae-2025", "nvidia-systems-loi-2025",
                        "amd-gpus-2025", "broadcom-custom-silicon-2025")
                .anySatisfy(id -> assertThat(id).startsWith("softbank"))
                .doesNotContain("aws-cloud-2025");
    }

    @Test
    void listsTheMoneyItDidNotUse() {
        assertThat(set.notUsed()).extracting(UnusedSentence::what)
                .contains("5 مليارات دولار", "أكثر من 360 مليار دولار");
        assertThat(set.notUsed()).noneMatch(u -> u.what().contains("38"));
    }
}
