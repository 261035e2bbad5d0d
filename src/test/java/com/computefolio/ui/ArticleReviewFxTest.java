package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.article.ArticleProposer;
import com.computefolio.service.article.Proposal;
import com.computefolio.service.article.ProposalSet;
import com.computefolio.service.article.ProposedField;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.ProposalBuilder;
import com.computefolio.ui.article.ArticleReviewViewModel;
import com.computefolio.ui.article.ArticleReviewWindow;
import com.computefolio.ui.prefs.WindowBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > New from Article in the real window, headless, on a seeded register: the article pasted, proposed, one field
 * unticked, accepted into the inspector, saved through its Save and taken back with Undo. One case gives the review a
 * fixed proposal so that what the window does with each field is checked apart from the engine; another runs the real
 * engine (ArticleProposer) on an article from the window to the register.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleReviewFxTest {
    private static final String TEXT = "OpenAI said on Monday it will expand its cloud agreement with Amazon to $50 billion. "
            + "The deal runs over seven years.";
    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("article-test.db");

    private TestWindows.Opened opened;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = REGISTER.open(stage, new WindowBounds(0, 0, 1200, 760, false), context -> Map.of());
    }

    private static Source article(String words) {
        return new Source("S900", ProposalBuilder.PUBLISHER, "OpenAI and AWS", ProposalBuilder.URL, ProposalBuilder.PUBLISHED,
                ProposalBuilder.evidence(TEXT, words).quote());
    }

    /** What the engine proposes for the article: a revision of the AWS deal, $50B over seven years. */
    private static ProposalSet proposals(Deal stored) {
        Revision latest = stored.current();
        Revision read = DealBuilder.deal(stored.id()).knownFrom(latest.knownFrom().plusDays(3).toString())
                .value("50", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.OFFICIAL).sources(article("$50 billion"))
                .revisionSources(article("seven years")).term("2026-03", 84).build().current().withChange("Expanded to $50B.");
        List<Revision> revisions = new ArrayList<>(stored.revisions());
        revisions.add(read);
        return ProposalBuilder.article(TEXT).revisionOf(stored, stored.withRevisions(revisions))
                .found(ProposedField.VALUE, "$50 billion").found(ProposedField.TERM, "seven years")
                .found(ProposedField.COUNTERPARTY, "Amazon").missing(ProposedField.CAPACITY, ProposedField.HARDWARE)
                .confidence(Confidence.OFFICIAL, "said").build();
    }

    private static Stage review(FxRobot robot) {
        return (Stage) robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && "New from Article".equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    private static <T extends Node> T in(FxRobot robot, Window window, String query, Class<T> type) {
        return robot.from(window.getScene().getRoot()).lookup(query).queryAs(type);
    }

    @Test
    void fileNewFromArticleOpensTheReviewWindowWithItsShortcutAndRejectClosesIt(FxRobot robot) {
        MenuItem item = opened.window().scene().getRoot().lookupAll("#mainMenu").stream()
                .map(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().get(0)).flatMap(m -> m.getItems().stream())
                .filter(i -> "New from _Article\u2026".equals(i.getText())).findFirst().orElseThrow();
        assertThat(item.getAccelerator().getDisplayText()).contains("A");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        Stage review = review(robot);
        assertThat(in(robot, review, "#articlePropose", Button.class).isDisabled()).isTrue();
        robot.interact(() -> in(robot, review, "#articleInput", TextArea.class).setText(TEXT));
        assertThat(in(robot, review, "#articlePropose", Button.class).isDisabled()).isFalse();

        robot.clickOn(in(robot, review, "#articleReject", Button.class));

        assertThat(review.isShowing()).isFalse();
        assertThat(opened.window().editor().loadedProperty().get()).isNull();
    }

    @Test
    void anAcceptedArticleIsSavedWithItsSourceWithoutTheUntickedFieldAndUndoTakesItBack(FxRobot robot) throws Exception {
        Deal stored = REGISTER.connection().portfolioService().portfolio().deal("aws-cloud-2025").orElseThrow();
        ArticleReviewViewModel model = new ArticleReviewViewModel(opened.workspace(), opened.executor(), opened.dialogs(),
                opened.context().messages(), opened.context().clock(), (text, register) -> proposals(stored), () -> null,
                opened.window().editor()::openProposed);
        robot.interact(() -> {
            ArticleReviewWindow window = new ArticleReviewWindow(model, opened.context().messages(), stage,
                    opened.window().scene().getStylesheets());
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
            window.show();
        });
        Stage review = review(robot);
        robot.interact(() -> in(robot, review, "#articleInput", TextArea.class).setText(TEXT));
        robot.clickOn(in(robot, review, "#articlePropose", Button.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.proposalSetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // Choosing a field marks the words it was read from in the article.
        robot.interact(() -> model.select(model.fields().stream().filter(f -> f.field() == ProposedField.VALUE).findFirst()
                .orElseThrow()));
        TextFlow text = in(robot, review, "#articleText", TextFlow.class);
        assertThat(text.getChildren()).filteredOn(n -> n.getStyleClass().contains("article-match"))
                .extracting(n -> ((javafx.scene.text.Text) n).getText()).containsExactly("$50 billion");

        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> fields = in(robot, review, "#articleFields", javafx.scene.control.ListView.class);
        robot.interact(() -> fields.scrollTo(ProposedField.TERM.ordinal()));
        robot.clickOn(in(robot, review, "#accept-TERM", javafx.scene.control.CheckBox.class));
        assertThat(model.accepted()).containsExactlyInAnyOrder(ProposedField.VALUE, ProposedField.COUNTERPARTY);
        robot.clickOn(in(robot, review, "#articleAccept", Button.class));
        assertThat(review.isShowing()).isFalse();
        assertThat(REGISTER.connection().portfolioService().portfolio().deal("aws-cloud-2025").orElseThrow()).isEqualTo(stored);

        robot.clickOn("#saveDeal");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> REGISTER.connection().portfolioService().portfolio()
                .deal("aws-cloud-2025").orElseThrow().revisions().size() == stored.revisions().size() + 1);
        Deal saved = REGISTER.connection().portfolioService().portfolio().deal("aws-cloud-2025").orElseThrow();
        assertThat(saved.current().value().amount()).isEqualTo(Money.billionsUsd("50"));
        assertThat(saved.current().value().sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo(ProposalBuilder.URL);
            assertThat(source.quote()).isEqualTo("OpenAI said on Monday it will expand its cloud agreement with Amazon to $50 billion.");
        });
        assertThat(saved.current().term()).isEqualTo(stored.current().term());
        assertThat(saved.current().sources()).doesNotContain(article("seven years"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> REGISTER.connection().portfolioService().portfolio()
                .deal("aws-cloud-2025").orElseThrow().revisions().size() == stored.revisions().size());
        assertThat(REGISTER.connection().portfolioService().portfolio().deal("aws-cloud-2025").orElseThrow().revisions())
                .isEqualTo(stored.revisions());
    }

    @Test
    void theRealEngineReadsAPastedArticleIntoARevisionThatSavesWithTheArticleAsItsSource(FxRobot robot) throws Exception {
        Deal stored = REGISTER.connection().portfolioService().portfolio().deal("aws-cloud-2025").orElseThrow();
        String article = "Amazon Web Services and OpenAI announced on Monday an expanded agreement worth $50 billion "
                + "over seven years.";
        ArticleReviewViewModel model = new ArticleReviewViewModel(opened.workspace(), opened.executor(), opened.dialogs(),
                opened.context().messages(), opened.context().clock(), new ArticleProposer()::propose, () -> null,
                opened.window().editor()::openProposed);
        robot.interact(() -> {
            model.textProperty().set(article);
            model.urlProperty().set("https://example.com/aws-openai-expanded");
            model.publisherProperty().set("Example Wire");
            model.publishedProperty().set(LocalDate.of(2026, 3, 4));
            model.propose();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.proposalSetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.proposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.kind()).isEqualTo(Proposal.Kind.NEW_REVISION);
            assertThat(proposal.existing()).map(Deal::id).contains("aws-cloud-2025");
        });
        assertThat(model.accepted()).contains(ProposedField.VALUE, ProposedField.TERM);

        robot.interact(model::accept);
        robot.clickOn("#saveDeal");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> REGISTER.connection().portfolioService().portfolio()
                .deal("aws-cloud-2025").orElseThrow().revisions().size() == stored.revisions().size() + 1);
        Revision saved = REGISTER.connection().portfolioService().portfolio().deal("aws-cloud-2025").orElseThrow().current();
        assertThat(saved.value().amount()).isEqualTo(Money.billionsUsd("50"));
        assertThat(saved.term().months()).isEqualTo(84);
        assertThat(saved.value().sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo("https://example.com/aws-openai-expanded");
            assertThat(source.quote()).isEqualTo(article);
        });

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> REGISTER.connection().portfolioService().portfolio()
                .deal("aws-cloud-2025").orElseThrow().revisions().equals(stored.revisions()));
    }
}
