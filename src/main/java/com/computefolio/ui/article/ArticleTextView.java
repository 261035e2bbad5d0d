package com.computefolio.ui.article;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The article as the review shows it, read only: the highlighted sentence in the accent colour and underlined, the
 * words that decided in bold, scrolled into view. Its direction is the article's, not the window's.
 */
final class ArticleTextView {
    private static final int PADDING = 8;
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private String text = "";
    private String shown = "";
    private Highlight marked;

    ArticleTextView() {
        flow.setId("articleText");
        flow.setLineSpacing(3);
        flow.setStyle("-fx-padding: " + PADDING + ";");
        scroll.setFitToWidth(true);
        scroll.setId("articleScroll");
        // Right-to-left text is broken into lines here, not by the flow (see ArticleLines): again when the width changes.
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old == null || old.getWidth() != now.getWidth()) {
                rebreak();
            }
        });
    }

    Node node() {
        return scroll;
    }

    TextFlow flow() {
        return flow;
    }

    void show(String article, boolean rightToLeft) {
        text = article == null ? "" : article;
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        marked = null;
        shown = null;
        rebreak();
    }

    private void rebreak() {
        double width = scroll.getViewportBounds().getWidth() - PADDING * 2;
        String now = ArticleLines.needed(text) && width > 0
                ? ArticleLines.broken(text, Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize()), width)
                : text;
        if (!now.equals(shown)) {
            shown = now;
            mark(marked);
        }
    }

    /** The size the theme gives the article's text (measured in bold, the widest its words are drawn). */
    private double fontSize() {
        return flow.getChildren().isEmpty() || !(flow.getChildren().get(0) instanceof Text first)
                ? Font.getDefault().getSize() : first.getFont().getSize();
    }

    /** Marks the highlight (none when null) and scrolls to it. */
    void mark(Highlight highlight) {
        marked = highlight;
        String body = shown == null ? text : shown;
        if (highlight == null || highlight.sentenceEnd() > body.length()) {
            flow.getChildren().setAll(plain(body));
            return;
        }
        Text match = matched(body.substring(highlight.matchStart(), highlight.matchEnd()));
        flow.getChildren().setAll(plain(body.substring(0, highlight.sentenceStart())),
                sentence(body.substring(highlight.sentenceStart(), highlight.matchStart())), match,
                sentence(body.substring(highlight.matchEnd(), highlight.sentenceEnd())),
                plain(body.substring(highlight.sentenceEnd())));
        Platform.runLater(() -> scrollTo(match));
    }

    private void scrollTo(Node target) {
        flow.applyCss();
        flow.layout();
        Bounds bounds = target.getBoundsInParent();
        double content = flow.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            double top = Math.max(0, bounds.getMinY() - viewport / 3);
            scroll.setVvalue(Math.min(1, top / (content - viewport)));
        }
    }

    private static Text plain(String part) {
        Text node = new Text(part);
        node.setStyle("-fx-fill: -color-fg-default;");
        return node;
    }

    private static Text sentence(String part) {
        Text node = new Text(part);
        node.getStyleClass().add("article-sentence");
        node.setStyle("-fx-fill: -color-accent-fg;");
        node.setUnderline(true);
        return node;
    }

    /** The deciding words: bold, underlined, in the warning colour; plain text, so bidirectional runs stay whole. */
    private static Text matched(String part) {
        Text node = new Text(part);
        node.getStyleClass().add("article-match");
        node.setStyle("-fx-fill: -color-warning-fg;");
        node.setUnderline(true);
        node.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return node;
    }
}
