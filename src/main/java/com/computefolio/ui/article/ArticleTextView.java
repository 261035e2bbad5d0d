package com.computefolio.ui.article;

import com.computefolio.ui.common.Directions;
import com.computefolio.ui.common.ParagraphLines;
import java.util.ArrayList;
import java.util.List;
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
    /** The article's lines at the current width (one when JavaFX's own wrapping is used); null before the first. */
    private List<ParagraphLines.Line> lines;
    private Highlight marked;

    ArticleTextView() {
        flow.setId("articleText");
        flow.setLineSpacing(3);
        flow.setStyle("-fx-padding: " + PADDING + ";");
        scroll.setFitToWidth(true);
        scroll.setId("articleScroll");
        // Right-to-left text is broken into lines here, not by the flow (see ParagraphLines): again when the width changes.
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
        lines = null;
        rebreak();
    }

    private void rebreak() {
        double width = scroll.getViewportBounds().getWidth() - PADDING * 2;
        List<ParagraphLines.Line> now;
        if (Directions.hasRightToLeft(text) && width > 0) {
            Text probe = new Text();
            probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize()));
            now = ParagraphLines.of(text, part -> {
                probe.setText(part);
                return probe.getLayoutBounds().getWidth();
            }, width);
        } else {
            now = List.of(new ParagraphLines.Line(0, text.length()));
        }
        if (!now.equals(lines)) {
            lines = now;
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
        List<ParagraphLines.Line> shown = lines == null ? List.of(new ParagraphLines.Line(0, text.length())) : lines;
        List<Text> nodes = new ArrayList<>();
        Text match = null;
        boolean marking = highlight != null && highlight.sentenceEnd() <= text.length();
        int[] cuts = marking ? new int[] {highlight.sentenceStart(), highlight.matchStart(), highlight.matchEnd(),
                highlight.sentenceEnd()} : new int[0];
        for (int l = 0; l < shown.size(); l++) {
            ParagraphLines.Line line = shown.get(l);
            boolean softEnd = l < shown.size() - 1 && !text.substring(line.start(), line.end()).endsWith("\n");
            // A line ended here (not by the article) ends with a line break in place of its last space, so the flow
            // never wraps it and the highlight's offsets still hold.
            int end = softEnd && Character.isWhitespace(text.charAt(line.end() - 1)) ? line.end() - 1 : line.end();
            int at = line.start();
            for (int i = 0; i <= cuts.length; i++) {
                int to = i < cuts.length ? Math.max(line.start(), Math.min(end, cuts[i])) : end;
                if (to > at) {
                    Text node = styled(text.substring(at, to), i);
                    if (i == 2 && match == null) {
                        match = node;
                    }
                    nodes.add(node);
                    at = to;
                }
            }
            if (softEnd) {
                nodes.add(plain("\n"));
            }
        }
        flow.getChildren().setAll(nodes);
        if (match != null) {
            Text target = match;
            Platform.runLater(() -> scrollTo(target));
        }
    }

    /** The part before the sentence (0), the sentence before and after the match (1, 3), the match (2), the rest (4). */
    private static Text styled(String part, int range) {
        return switch (range) {
            case 1, 3 -> sentence(part);
            case 2 -> matched(part);
            default -> plain(part);
        };
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
