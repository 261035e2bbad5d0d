package com.computefolio.ui.article;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.article.ProposalSet;
import com.computefolio.service.article.ProposedField;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.ProposalBuilder;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.Theme;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Shows the review window on a real display with a worked proposal, for looking at it and for the screenshots in
 * docs/img (README, "New from Article"): {@code java [-Dpreview.article=en|ar] [-Dpreview.input=true] ... ArticleReviewPreview [en|ar] [width height]}. Not a test and
 * not shipped; the engine's own proposals replace the fixture once it is merged.
 */
public final class ArticleReviewPreview {
    static final String ENGLISH = "OpenAI said on Monday it will expand its cloud agreement with Amazon to $50 billion. "
            + "The deal runs over seven years, starting in March. Oracle will also provide 2 gigawatts of data centre "
            + "capacity in Texas. Its AMD chips deal was not changed, and Microsoft declined to comment. "
            + "OpenAI expects to spend $1 trillion on computing by 2030.";
    static final String ARABIC = "أعلنت OpenAI يوم الاثنين توسيع اتفاقها السحابي مع أمازون إلى 50 مليار دولار. "
            + "وتمتد الصفقة على مدى السنوات السبع المقبلة بدءًا من مارس. وستوفر أوراكل أيضًا قدرة 2 غيغاواط في مراكز "
            + "بيانات في تكساس. ولم تتغير صفقة رقائق AMD، ورفضت مايكروسوفت التعليق. "
            + "وتتوقع OpenAI إنفاق تريليون دولار على الحوسبة بحلول 2030.";

    private ArticleReviewPreview() {
    }

    public static void main(String[] args) {
        boolean arabic = args.length > 0 && args[0].equals("ar");
        double width = args.length > 2 ? Double.parseDouble(args[1]) : 1024;
        double height = args.length > 2 ? Double.parseDouble(args[2]) : 700;
        Platform.startup(() -> show(arabic, width, height));
    }

    private static void show(boolean arabic, double width, double height) {
        // As the application does at start (WindowFonts): Arabic shapes and measures with the shipped font.
        for (String font : List.of("/fonts/NotoSansArabic-Regular.ttf", "/fonts/NotoSansArabic-Bold.ttf")) {
            javafx.scene.text.Font.loadFont(ArticleReviewPreview.class.getResourceAsStream(font), 13);
        }
        Messages messages = new Messages(arabic ? Texts.arabic() : Texts.english());
        Application.setUserAgentStylesheet(Objects.requireNonNull(ArticleReviewPreview.class.getResource(
                Theme.LIGHT.stylesheet())).toExternalForm());
        WorkspaceModel workspace = new WorkspaceModel();
        workspace.setPortfolio(TestPortfolios.portfolio());
        // The article's language may differ from the window's: -Dpreview.article=en|ar (default: the window's).
        boolean arabicArticle = System.getProperty("preview.article", arabic ? "ar" : "en").equals("ar");
        String text = arabicArticle ? ARABIC : ENGLISH;
        ProposalSet set = proposals(workspace.portfolio().deal("openai-aws").orElseThrow(), text, arabicArticle);
        ArticleReviewViewModel model = new ArticleReviewViewModel(workspace, new CurrentThreadTaskExecutor(), new ScriptedDialogs(),
                messages, Clock.systemUTC(), (article, register) -> set, () -> null, (deal, revised) -> true);
        String css = Objects.requireNonNull(ArticleReviewPreview.class.getResource("/ui/app.css")).toExternalForm();
        ArticleReviewWindow window = new ArticleReviewWindow(model, messages, null, List.of(css));
        window.stage().getScene().getRoot().getStyleClass().add("theme-light");
        window.stage().setTitle("Computefolio - " + window.stage().getTitle());
        window.stage().setWidth(width);
        window.stage().setHeight(height);
        model.urlProperty().set("https://example.com/openai-aws-expansion");
        model.publisherProperty().set(arabic ? "الشرق" : "Example News");
        model.publishedProperty().set(LocalDate.of(2026, 2, 2));
        model.titleProperty().set(arabic ? "OpenAI توسع اتفاقها مع أمازون" : "OpenAI expands its Amazon deal");
        model.textProperty().set(text);
        window.show();
        if (Boolean.getBoolean("preview.input")) {
            return;
        }
        model.propose();
        model.fields().get(ProposedField.TERM.ordinal()).acceptedProperty().set(false);
        model.select(model.fields().get(ProposedField.VALUE.ordinal()));
    }

    private static ProposalSet proposals(Deal stored, String text, boolean arabic) {
        String value = arabic ? "50 مليار دولار" : "$50 billion";
        String years = arabic ? "السنوات السبع" : "seven years";
        Source source = new Source("S900", "Example News", "OpenAI", "https://example.com/openai-aws-expansion",
                LocalDate.of(2026, 2, 2), ProposalBuilder.evidence(text, value).quote());
        Revision read = DealBuilder.deal(stored.id()).knownFrom("2026-02-02").value("50", ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.OFFICIAL).sources(source).revisionSources(source).term("2026-03", 84).build().current();
        List<Revision> revisions = new ArrayList<>(stored.revisions());
        revisions.add(read);
        return ProposalBuilder.article(text).revisionOf(stored, stored.withRevisions(revisions))
                .found(ProposedField.BUYER, "OpenAI").found(ProposedField.COUNTERPARTY, arabic ? "أمازون" : "Amazon")
                .found(ProposedField.KIND, arabic ? "اتفاقها السحابي" : "cloud agreement").found(ProposedField.VALUE, value)
                .found(ProposedField.TERM, years)
                .missing(ProposedField.ANNOUNCED, ProposedField.STATUS, ProposedField.CAPACITY, ProposedField.HARDWARE)
                .confidence(Confidence.OFFICIAL, arabic ? "أعلنت" : "said")
                .newDeal(DealBuilder.deal("openai-oracle-texas").title("Oracle data centre, Texas").buyer("openai")
                        .counterparty("oracle").announced("2026-02-02").undisclosed().build())
                .found(ProposedField.COUNTERPARTY, arabic ? "أوراكل" : "Oracle")
                .mention("openai-amd", arabic ? "رقائق AMD" : "AMD chips", "amd")
                .mention(null, arabic ? "مايكروسوفت" : "Microsoft declined")
                .notUsed(arabic ? "تريليون دولار" : "$1 trillion")
                .build();
    }
}
