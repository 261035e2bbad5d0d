package com.computefolio.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Money;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.article.Article;
import com.computefolio.service.article.ProposalSet;
import com.computefolio.service.article.ProposedField;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.ProposalBuilder;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.editor.DealEditorViewModel;
import com.computefolio.ui.editor.SavedChanges;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.InMemoryPortfolioService;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review of an article's proposals, without a display: what is ticked, what is marked, and where Accept goes. */
class ArticleReviewViewModelTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-02-04T12:00:00Z"), ZoneOffset.UTC);
    static final String TEXT = "OpenAI said on Monday it will expand its cloud agreement with Amazon to $50 billion. "
            + "The deal runs over seven years. Oracle will also provide 2 gigawatts of data centre capacity. "
            + "Its AMD chips deal was not changed, and Microsoft declined to comment. "
            + "OpenAI expects to spend $1 trillion by 2030.";

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final InMemoryPortfolioService service = new InMemoryPortfolioService("Test", TestPortfolios.parties(), TestPortfolios.deals());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<Article> read = new ArrayList<>();
    private SavedChanges savedChanges;
    private DealEditorViewModel editor;
    private ArticleReviewViewModel review;

    @BeforeEach
    void openRegister() {
        workspace.setPortfolio(service.portfolio());
        savedChanges = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, Messages.english());
        editor = new DealEditorViewModel(workspace, service, executor, dialogs, savedChanges, url -> { }, Messages.english(), TODAY);
        review = review(Messages.english(), proposals());
    }

    private ArticleReviewViewModel review(Messages messages, ProposalSet set) {
        return new ArticleReviewViewModel(workspace, executor, dialogs, messages, TODAY, (article, register) -> {
            read.add(article);
            return set;
        }, () -> null, editor::openProposed);
    }

    static Source articleSource(String words) {
        return ProposalBuilder.source("S900", TEXT, words);
    }

    /** AWS's deal with the article's revision: $50B over seven years from 2026-02, official. */
    static Deal awsRevised(Deal stored) {
        Deal withArticle = DealBuilder.deal("openai-aws").title("AWS cloud capacity").knownFrom("2026-02-02")
                .value("50", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.OFFICIAL).sources(articleSource("$50 billion"))
                .revisionSources(articleSource("seven years")).term("2026-02", 84).build();
        List<com.computefolio.domain.Revision> revisions = new ArrayList<>(stored.revisions());
        revisions.add(withArticle.current().withChange("Expanded to $50B."));
        return stored.withRevisions(revisions);
    }

    /** An Oracle data centre the register does not have: 2 GW, nothing else stated. */
    static Deal oracleDataCentre() {
        return DealBuilder.deal("openai-oracle-data-centre-2026").title("Oracle data centre capacity").buyer("openai")
                .counterparty("oracle").kind(DealKind.DATA_CENTRE).announced("2026-02-02").undisclosed()
                .confidence(Confidence.OFFICIAL).sources().revisionSources(articleSource("2 gigawatts"))
                .capacity("2", CapacityBasis.TOTAL, Confidence.OFFICIAL).build();
    }

    private ProposalSet proposals() {
        Deal stored = service.portfolio().deal("openai-aws").orElseThrow();
        return ProposalBuilder.article(TEXT)
                .revisionOf(stored, awsRevised(stored))
                .found(ProposedField.BUYER, "OpenAI").found(ProposedField.COUNTERPARTY, "Amazon")
                .found(ProposedField.KIND, "cloud agreement").found(ProposedField.VALUE, "$50 billion")
                .found(ProposedField.TERM, "seven years")
                .missing(ProposedField.ANNOUNCED, ProposedField.STATUS, ProposedField.CAPACITY, ProposedField.HARDWARE)
                .confidence(Confidence.OFFICIAL, "said")
                .newDeal(oracleDataCentre())
                .found(ProposedField.COUNTERPARTY, "Oracle").found(ProposedField.KIND, "data centre")
                .found(ProposedField.CAPACITY, "2 gigawatts")
                .missing(ProposedField.BUYER, ProposedField.ANNOUNCED, ProposedField.VALUE, ProposedField.TERM)
                .mention("openai-amd", "AMD chips", "amd").mention(null, "Microsoft declined")
                .notUsed("$1 trillion")
                .build();
    }

    private ReviewedField field(ProposedField which) {
        return review.fields().stream().filter(f -> f.field() == which).findFirst().orElseThrow();
    }

    private void proposeFromTheArticle() {
        review.textProperty().set(TEXT);
        review.propose();
    }

    @Test
    void proposeReadsTheArticleAsGivenWithWhereItCameFromAndShowsTheFirstProposal() {
        review.textProperty().set(TEXT);
        review.urlProperty().set(" https://example.com/openai-aws ");
        review.publisherProperty().set("Example News");
        review.publishedProperty().set(LocalDate.of(2026, 2, 2));
        review.titleProperty().set("");

        review.propose();

        assertThat(read).singleElement().satisfies(article -> {
            assertThat(article.text()).isEqualTo(TEXT);
            assertThat(article.url()).isEqualTo("https://example.com/openai-aws");
            assertThat(article.publisher()).isEqualTo("Example News");
            assertThat(article.published()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(article.title()).isNull();
        });
        assertThat(executor.executedCount()).isEqualTo(1);
        assertThat(review.selectedProposalProperty().get()).isSameAs(review.proposals().get(0));
        assertThat(review.canProposeProperty().get()).isFalse();
    }

    @Test
    void everyFieldIsListedFoundOnesTickedWithTheirWordsAndMissingOnesUntickedAsNotInTheArticle() {
        proposeFromTheArticle();

        assertThat(review.fields()).extracting(ReviewedField::field).containsExactly(ProposedField.values());
        assertThat(review.fields()).filteredOn(ReviewedField::isAccepted).extracting(ReviewedField::field)
                .containsExactly(ProposedField.BUYER, ProposedField.COUNTERPARTY, ProposedField.KIND, ProposedField.VALUE,
                        ProposedField.TERM);
        assertThat(field(ProposedField.VALUE).words()).isEqualTo("$50 billion");
        assertThat(field(ProposedField.CAPACITY).found()).isFalse();
        assertThat(field(ProposedField.CAPACITY).value()).isEqualTo("not in the article");
        assertThat(field(ProposedField.CAPACITY).words()).isEmpty();
    }

    @Test
    void proposedValuesReadAsTheWindowShowsThemInItsLanguage() {
        proposeFromTheArticle();
        assertThat(field(ProposedField.VALUE).value()).isEqualTo("$50.0B");
        assertThat(field(ProposedField.COUNTERPARTY).value()).isEqualTo("Amazon (AWS)");
        assertThat(field(ProposedField.KIND).value()).isEqualTo(Messages.english().label(DealKind.CLOUD_SERVICES));
        assertThat(field(ProposedField.VALUE).name()).isEqualTo("Value");

        ArticleReviewViewModel arabic = review(new Messages(Texts.arabic()), proposals());
        arabic.textProperty().set(TEXT);
        arabic.propose();
        ReviewedField value = arabic.fields().stream().filter(f -> f.field() == ProposedField.VALUE).findFirst().orElseThrow();
        assertThat(value.value()).contains("مليار");
        assertThat(arabic.fields().stream().filter(f -> !f.found()).findFirst().orElseThrow().value())
                .isEqualTo("غير مذكور في المقال");
    }

    @Test
    void selectingAFieldMarksItsSentenceAndTheWordsItWasReadFrom() {
        proposeFromTheArticle();

        review.select(field(ProposedField.TERM));

        int sentence = TEXT.indexOf("The deal runs");
        int words = TEXT.indexOf("seven years");
        assertThat(review.highlightProperty().get())
                .isEqualTo(new Highlight(sentence, TEXT.indexOf('.', sentence) + 1, words, words + "seven years".length()));
    }

    @Test
    void selectingAFieldTheArticleDoesNotStateMarksNothingAndItCannotBeTicked() {
        proposeFromTheArticle();
        review.select(field(ProposedField.VALUE));

        review.select(field(ProposedField.HARDWARE));
        field(ProposedField.HARDWARE).acceptedProperty().set(true);

        assertThat(review.highlightProperty().get()).isNull();
        assertThat(field(ProposedField.HARDWARE).isAccepted()).isFalse();
        assertThat(review.accepted()).doesNotContain(ProposedField.HARDWARE);
    }

    @Test
    void mentionsSayWhichDealOfTheRegisterTheyMatchOrThatItHasNoneAndMarkTheirSentence() {
        proposeFromTheArticle();

        assertThat(review.mentions()).extracting(Remark::text).containsExactly(
                "Mentioned: \u201cIts AMD chips deal was not changed, and Microsoft declined to comment.\u201d, matched to AMD Instinct GPUs",
                "Mentioned: \u201cIts AMD chips deal was not changed, and Microsoft declined to comment.\u201d, not in the register");
        review.select(review.mentions().get(0));
        int start = TEXT.indexOf("Its AMD");
        assertThat(review.highlightProperty().get()).isEqualTo(new Highlight(start, TEXT.indexOf('.', start) + 1, start, start));
    }

    @Test
    void sentencesNotUsedAreListedWithWhatWasRecognisedInThemAndMarkedWhenChosen() {
        proposeFromTheArticle();

        assertThat(review.notUsed()).extracting(Remark::text)
                .containsExactly("Not used: $1 trillion in \u201cOpenAI expects to spend $1 trillion by 2030.\u201d");
        review.select(review.notUsed().get(0));
        assertThat(review.highlightProperty().get().sentenceStart()).isEqualTo(TEXT.indexOf("OpenAI expects"));
        assertThat(review.highlightProperty().get().sentenceEnd()).isEqualTo(TEXT.length());
    }

    @Test
    void theConfidenceSaysTheWordsThatDecidedItAndMarksThem() {
        proposeFromTheArticle();

        assertThat(review.confidenceProperty().get()).isEqualTo("Official, from the words \u201csaid\u201d");
        review.selectConfidence();
        int said = TEXT.indexOf("said");
        assertThat(review.highlightProperty().get().matchStart()).isEqualTo(said);
        assertThat(review.highlightProperty().get().matchEnd()).isEqualTo(said + 4);

        review.selectedProposalProperty().set(review.proposals().get(1));
        assertThat(review.confidenceProperty().get()).startsWith("Reported: no words decided it");
    }

    @Test
    void severalProposalsAreOfferedByNameAndChoosingOneShowsItsOwnFields() {
        proposeFromTheArticle();

        assertThat(review.proposals()).extracting(review::proposalLabel)
                .containsExactly("New revision of AWS cloud capacity", "New deal: Oracle data centre capacity");
        review.selectedProposalProperty().set(review.proposals().get(1));

        assertThat(review.fields()).filteredOn(ReviewedField::isAccepted).extracting(ReviewedField::field)
                .containsExactly(ProposedField.COUNTERPARTY, ProposedField.KIND, ProposedField.CAPACITY);
        assertThat(field(ProposedField.CAPACITY).value()).isEqualTo("2 GW");
        assertThat(review.highlightProperty().get()).isNull();
    }

    @Test
    void acceptOpensTheRevisionInTheInspectorUnsavedWithoutTheUntickedFieldAndWritesNothing() {
        proposeFromTheArticle();
        field(ProposedField.TERM).acceptedProperty().set(false);

        review.accept();

        assertThat(review.closedProperty().get()).isTrue();
        assertThat(editor.loadedProperty().get().id()).isEqualTo("openai-aws");
        assertThat(editor.newDealProperty().get()).isFalse();
        assertThat(editor.isDirty()).isTrue();
        Deal built = editor.builtDeal();
        assertThat(built.revisions()).hasSize(2);
        assertThat(built.current().value().amount()).isEqualTo(Money.billionsUsd("50"));
        assertThat(built.current().value().sources()).extracting(Source::quote)
                .containsExactly("OpenAI said on Monday it will expand its cloud agreement with Amazon to $50 billion.");
        assertThat(built.current().term()).isEqualTo(built.revisions().get(0).term());
        assertThat(service.portfolio().deal("openai-aws").orElseThrow().revisions()).hasSize(1);
    }

    @Test
    void savingTheAcceptedRevisionWritesItThroughTheEditorAndUndoTakesItBack() {
        proposeFromTheArticle();
        field(ProposedField.TERM).acceptedProperty().set(false);
        review.accept();
        assertThat(editor.canSaveProperty().get()).as(editor.saveBlockedReasonProperty().get()).isTrue();

        editor.save();

        Deal saved = service.portfolio().deal("openai-aws").orElseThrow();
        assertThat(saved.revisions()).hasSize(2);
        assertThat(saved.current().value().sources()).extracting(Source::url).containsExactly(ProposalBuilder.URL);
        savedChanges.history().undo();
        assertThat(service.portfolio().deal("openai-aws").orElseThrow().revisions()).hasSize(1);
    }

    @Test
    void acceptingANewDealWithItsBuyerLeftOutOpensANewDealForTheAnalystToComplete() {
        proposeFromTheArticle();
        review.selectedProposalProperty().set(review.proposals().get(1));
        field(ProposedField.COUNTERPARTY).acceptedProperty().set(false);

        review.accept();

        assertThat(editor.newDealProperty().get()).isTrue();
        assertThat(editor.loadedProperty().get().counterpartyId()).isEmpty();
        assertThat(editor.loadedProperty().get().kind()).isEqualTo(DealKind.DATA_CENTRE);
        assertThat(editor.loadedProperty().get().current().capacity()).isNotNull();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(service.portfolio().deal("openai-oracle-data-centre-2026")).isEmpty();
    }

    @Test
    void aRevisionWithEveryFieldUntickedCannotBeAccepted() {
        proposeFromTheArticle();
        review.fields().forEach(f -> f.acceptedProperty().set(false));

        assertThat(review.canAcceptProperty().get()).isFalse();
        review.accept();

        assertThat(review.closedProperty().get()).isFalse();
        assertThat(editor.loadedProperty().get()).isNull();
    }

    @Test
    void rejectClosesTheReviewAndLeavesTheInspectorAndTheRegisterAlone() {
        proposeFromTheArticle();

        review.reject();

        assertThat(review.closedProperty().get()).isTrue();
        assertThat(editor.loadedProperty().get()).isNull();
        assertThat(service.portfolio().deals()).hasSize(5);
    }

    @Test
    void anEngineThatFailsIsReportedAndTheArticleStaysEditable() {
        ArticleReviewViewModel failing = new ArticleReviewViewModel(workspace, executor, dialogs, Messages.english(), TODAY,
                (article, register) -> {
                    throw new IllegalStateException("no engine");
                }, () -> null, editor::openProposed);
        failing.textProperty().set(TEXT);

        failing.propose();

        assertThat(dialogs.errors()).singleElement().asString().contains("could not be read for deals");
        assertThat(failing.proposalSetProperty().get()).isNull();
        assertThat(failing.canProposeProperty().get()).isTrue();
    }

    @Test
    void aUtf8FileFillsTheArticleAndAFileThatIsNotSaysWhichLineAndByte(@TempDir Path folder) throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "\uFEFFأعلنت أمازون صفقة بقيمة 38 مليار دولار.");
        Path bad = folder.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'a', (byte) 0xC3, '(', '\n'});

        review.load(good);
        assertThat(review.textProperty().get()).isEqualTo("أعلنت أمازون صفقة بقيمة 38 مليار دولار.");
        assertThat(review.articleRightToLeftProperty().get()).isTrue();

        review.load(bad);
        assertThat(dialogs.errors()).singleElement().asString().contains("bad.txt").contains("line 2").contains("byte 5")
                .contains("UTF-8");
        assertThat(review.textProperty().get()).startsWith("أعلنت");
    }

    @Test
    void anEmptyFileIsRefusedAndAnEnglishArticleReadsLeftToRight(@TempDir Path folder) throws Exception {
        Path empty = Files.write(folder.resolve("empty.txt"), " \n".getBytes(StandardCharsets.UTF_8));
        review.textProperty().set("OpenAI and أمازون signed.");

        review.load(empty);

        assertThat(dialogs.errors()).singleElement().asString().contains("empty.txt").contains("no text");
        assertThat(review.articleRightToLeftProperty().get()).isFalse();
    }
}
