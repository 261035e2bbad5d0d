package com.computefolio.service.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.ProposalBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deal a field-by-field review puts into the editor: accepted fields from the article, the rest as they were. */
class ProposalReviewTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 5);
    private static final String TEXT = "Amazon and OpenAI announced a $38 billion cloud services agreement on Monday. "
            + "The deal runs over seven years and covers 2 gigawatts of Nvidia GB200 chips. It is now definitive.";
    private static final Source ARTICLE = ProposalBuilder.source("S90", TEXT, "$38 billion");
    private static final Source TERMS = ProposalBuilder.source("S91", TEXT, "seven years");
    private static final Source OLD = DealBuilder.source("S1");

    /** The register's deal: AWS, $20B over five years, letter of intent, 1 GW, no hardware named. */
    private static Deal stored() {
        return DealBuilder.deal("openai-aws").buyer("openai").counterparty("amazon").announced("2025-06-01")
                .status(DealStatus.LETTER_OF_INTENT).value("20", ValueBasis.TOTAL_OVER_TERM).sources(OLD)
                .revisionSources(OLD).term("2025-07", 60).capacityGw("1").version(3).build();
    }

    /** The stored deal with the article's revision added: every field as the article says it. */
    private static Deal withArticleRevision() {
        return DealBuilder.deal("openai-aws").buyer("openai").counterparty("amazon").announced("2025-06-01")
                .status(DealStatus.LETTER_OF_INTENT).value("20", ValueBasis.TOTAL_OVER_TERM).sources(OLD)
                .revisionSources(OLD).term("2025-07", 60).capacityGw("1").version(3)
                .then("2025-11-03").change("Expanded to $38B over seven years.").status(DealStatus.DEFINITIVE)
                .value("38", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.OFFICIAL).sources(ARTICLE)
                .revisionSources(TERMS).term("2025-11", 84).capacity("2", CapacityBasis.TOTAL, Confidence.OFFICIAL)
                .hardware("Nvidia GB200").build();
    }

    private static Deal newArticleDeal() {
        return DealBuilder.deal("openai-amazon-cloud-2025-11").title("OpenAI and Amazon cloud").buyer("openai")
                .counterparty("amazon").kind(DealKind.CLOUD_SERVICES).announced("2025-11-03").status(DealStatus.DEFINITIVE)
                .value("38", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.OFFICIAL).sources(ARTICLE)
                .revisionSources(TERMS).term("2025-11", 84).capacity("2", CapacityBasis.TOTAL, Confidence.OFFICIAL)
                .hardware("Nvidia GB200").build();
    }

    private static ProposalBuilder everyFieldFound(ProposalBuilder builder) {
        return builder.found(ProposedField.BUYER, "OpenAI").found(ProposedField.COUNTERPARTY, "Amazon")
                .found(ProposedField.KIND, "cloud services").found(ProposedField.ANNOUNCED, "on Monday")
                .found(ProposedField.STATUS, "definitive").found(ProposedField.VALUE, "$38 billion")
                .found(ProposedField.TERM, "seven years").found(ProposedField.CAPACITY, "2 gigawatts")
                .found(ProposedField.HARDWARE, "Nvidia GB200");
    }

    private static ProposalReview revisionReview() {
        return new ProposalReview(everyFieldFound(ProposalBuilder.article(TEXT).revisionOf(stored(), withArticleRevision()))
                .confidence(Confidence.OFFICIAL, "announced").proposal(), "microsoft", TODAY);
    }

    private static ProposalReview newDealReview() {
        return new ProposalReview(everyFieldFound(ProposalBuilder.article(TEXT).newDeal(newArticleDeal())).proposal(),
                "microsoft", TODAY);
    }

    private static Set<ProposedField> allBut(ProposedField... rejected) {
        Set<ProposedField> accepted = EnumSet.allOf(ProposedField.class);
        accepted.removeAll(Set.of(rejected));
        return accepted;
    }

    @Test
    void everythingAcceptedOnARevisionIsTheProposedDealAsTheEngineMadeIt() {
        Deal result = revisionReview().apply(EnumSet.allOf(ProposedField.class));

        assertThat(result).isEqualTo(withArticleRevision());
        assertThat(result.version()).isEqualTo(3);
        assertThat(result.revisions()).hasSize(2);
    }

    @Test
    void nothingAcceptedOnARevisionLeavesTheStoredDealUnchanged() {
        assertThat(revisionReview().apply(Set.of())).isEqualTo(stored());
    }

    @Test
    void aRejectedValueOnARevisionKeepsTheLatestValueWithItsOwnSourceAndNotTheArticle() {
        Revision added = revisionReview().apply(allBut(ProposedField.VALUE)).current();

        assertThat(added.value().amount()).isEqualTo(Money.billionsUsd("20"));
        assertThat(added.value().sources()).containsExactly(OLD).doesNotContain(ARTICLE);
        assertThat(added.knownFrom()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(added.term()).isEqualTo(Term.of(YearMonth.of(2025, 11), 84));
    }

    @Test
    void anAcceptedValueKeepsTheArticleSourceWithTheSentenceAsItsQuote() {
        Revision added = revisionReview().apply(Set.of(ProposedField.VALUE)).current();

        assertThat(added.value().amount()).isEqualTo(Money.billionsUsd("38"));
        assertThat(added.value().confidence()).isEqualTo(Confidence.OFFICIAL);
        assertThat(added.value().sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo(ProposalBuilder.URL);
            assertThat(source.quote()).isEqualTo("Amazon and OpenAI announced a $38 billion cloud services agreement on Monday.");
        });
        // Only the value was read from the article: the revision's own sources stay the stored ones.
        assertThat(added.sources()).containsExactly(OLD);
    }

    @Test
    void aRejectedTermStatusCapacityAndHardwareComeFromTheLatestRevisionWithoutTheArticleSource() {
        Revision added = revisionReview().apply(Set.of(ProposedField.VALUE, ProposedField.BUYER)).current();

        assertThat(added.status()).isEqualTo(DealStatus.LETTER_OF_INTENT);
        assertThat(added.term()).isEqualTo(Term.of(YearMonth.of(2025, 7), 60));
        assertThat(added.capacity()).isEqualTo(Capacity.ofGigawatts("1"));
        assertThat(added.capacityClaim()).isNull();
        assertThat(added.hardware()).isNull();
        assertThat(added.sources()).doesNotContain(TERMS);
    }

    @Test
    void anAcceptedTermBringsTheArticleAsARevisionSourceBesideTheStoredOnesForWhatIsCarriedOver() {
        Revision added = revisionReview().apply(Set.of(ProposedField.TERM)).current();

        assertThat(added.term()).isEqualTo(Term.of(YearMonth.of(2025, 11), 84));
        assertThat(added.status()).isEqualTo(DealStatus.LETTER_OF_INTENT);
        assertThat(added.sources()).containsExactly(OLD, TERMS);
    }

    @Test
    void everyRevisionFieldAcceptedCarriesOnlyTheArticlesRevisionSources() {
        Revision added = revisionReview().apply(EnumSet.of(ProposedField.STATUS, ProposedField.TERM, ProposedField.CAPACITY,
                ProposedField.HARDWARE)).current();

        assertThat(added.sources()).containsExactly(TERMS);
        assertThat(added.status()).isEqualTo(DealStatus.DEFINITIVE);
        assertThat(added.capacity()).isEqualTo(Capacity.ofGigawatts("2"));
        assertThat(added.capacityClaim().confidence()).isEqualTo(Confidence.OFFICIAL);
        assertThat(added.hardware()).isEqualTo("Nvidia GB200");
    }

    @Test
    void aRejectedKindOrAnnouncementOnARevisionKeepsTheStoredDealsOwn() {
        Deal proposedOtherwise = withArticleRevision();
        proposedOtherwise = new Deal(proposedOtherwise.id(), proposedOtherwise.title(), "openai", "amazon", DealKind.DATA_CENTRE,
                proposedOtherwise.direction(), LocalDate.of(2025, 11, 3), null, null, null, 3, proposedOtherwise.revisions());
        Proposal proposal = everyFieldFound(ProposalBuilder.article(TEXT).revisionOf(stored(), proposedOtherwise)).proposal();
        ProposalReview review = new ProposalReview(proposal, null, TODAY);

        Deal rejected = review.apply(allBut(ProposedField.KIND, ProposedField.ANNOUNCED));
        Deal accepted = review.apply(EnumSet.allOf(ProposedField.class));

        assertThat(rejected.kind()).isEqualTo(DealKind.CLOUD_SERVICES);
        assertThat(rejected.announced()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(accepted.kind()).isEqualTo(DealKind.DATA_CENTRE);
        assertThat(accepted.announced()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void everythingAcceptedOnANewDealIsTheProposedDealUnsaved() {
        Deal result = newDealReview().apply(EnumSet.allOf(ProposedField.class));

        assertThat(result).isEqualTo(newArticleDeal().withVersion(0));
    }

    @Test
    void nothingAcceptedOnANewDealIsTheEditorsBlankStartUnderTheProposedIdAndTitle() {
        Deal result = newDealReview().apply(Set.of());

        assertThat(result.id()).isEqualTo("openai-amazon-cloud-2025-11");
        assertThat(result.title()).isEqualTo("OpenAI and Amazon cloud");
        assertThat(result.buyerId()).isEqualTo("microsoft");
        assertThat(result.counterpartyId()).isEmpty();
        assertThat(result.kind()).isEqualTo(DealKind.CLOUD_SERVICES);
        assertThat(result.announced()).isEqualTo(TODAY);
        assertThat(result.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.value().isDisclosed()).isFalse();
            assertThat(revision.value().sources()).isEmpty();
            assertThat(revision.sources()).isEmpty();
            assertThat(revision.status()).isEqualTo(DealStatus.REPORTED);
            assertThat(revision.term()).isNull();
            assertThat(revision.capacity()).isNull();
            assertThat(revision.hardware()).isNull();
            assertThat(revision.knownFrom()).isEqualTo(LocalDate.of(2025, 11, 3));
        });
    }

    @Test
    void aRejectedCounterpartyOnANewDealIsLeftForTheAnalystToPick() {
        Deal result = newDealReview().apply(allBut(ProposedField.COUNTERPARTY));

        assertThat(result.counterpartyId()).isEmpty();
        assertThat(result.buyerId()).isEqualTo("openai");
        assertThat(result.current().value().amount()).isEqualTo(Money.billionsUsd("38"));
    }

    @Test
    void aRejectedBuyerOnANewDealTakesTheWindowsDefaultBuyerElseNone() {
        Proposal proposal = everyFieldFound(ProposalBuilder.article(TEXT).newDeal(newArticleDeal())).proposal();

        assertThat(new ProposalReview(proposal, "microsoft", TODAY).apply(allBut(ProposedField.BUYER)).buyerId())
                .isEqualTo("microsoft");
        assertThat(new ProposalReview(proposal, null, TODAY).apply(allBut(ProposedField.BUYER)).buyerId()).isEmpty();
    }

    @Test
    void aFieldTheArticleDoesNotStateIsNeverTakenEvenWhenTicked() {
        Proposal proposal = ProposalBuilder.article(TEXT).newDeal(newArticleDeal()).found(ProposedField.VALUE, "$38 billion")
                .missing(ProposedField.TERM, ProposedField.CAPACITY).proposal();
        ProposalReview review = new ProposalReview(proposal, null, TODAY);

        Deal result = review.apply(EnumSet.allOf(ProposedField.class));

        assertThat(review.acceptedByDefault()).containsExactly(ProposedField.VALUE);
        assertThat(result.current().term()).isNull();
        assertThat(result.current().capacity()).isNull();
        assertThat(result.current().value().sources()).containsExactly(ARTICLE);
    }

    @Test
    void aProposedRevisionThatAddsNoRevisionIsRefused() {
        Proposal proposal = everyFieldFound(ProposalBuilder.article(TEXT).revisionOf(stored(), stored())).proposal();

        assertThatThrownBy(() -> new ProposalReview(proposal, null, TODAY).apply(Set.of(ProposedField.VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openai-aws");
    }
}
