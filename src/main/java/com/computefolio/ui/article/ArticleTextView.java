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
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private String text = "";

    ArticleTextView() {
        flow.setId("articleText");
        flow.setLineSpacing(3);
        flow.setStyle("-fx-padding: 8;");
        scroll.setFitToWidth(true);
        scroll.setId("articleScroll");
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
        mark(null);
    }

    /** Marks the highlight (none when null) and scrolls to it. */
    void mark(Highlight highlight) {
        if (highlight == null || highlight.sentenceEnd() > text.length()) {
            flow.getChildren().setAll(plain(text));
            return;
        }
        Text match = matched(text.substring(highlight.matchStart(), highlight.matchEnd()));
        flow.getChildren().setAll(plain(text.substring(0, highlight.sentenceStart())),
                sentence(text.substring(highlight.sentenceStart(), highlight.matchStart())), match,
                sentence(text.substring(highlight.matchEnd(), highlight.sentenceEnd())),
                plain(text.substring(highlight.sentenceEnd())));
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
