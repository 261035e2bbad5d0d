package com.computefolio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A paragraph that wraps at the width its pane gives it, the way a wrapping Label does, but readable in Arabic: text
 * with a right-to-left letter is broken into lines here ({@link ParagraphLines}, measured in the node's font) and each
 * line laid out alone, unwrapped, in the paragraph's direction, again whenever the width changes. JavaFX 21 on Linux
 * draws wrapped right-to-left text shifted and overlapping, with its words in the wrong order, but a single line
 * right. A line that mixes Arabic with amounts, Latin words ("Ctrl+N", a path) or punctuation is a row of
 * {@link AmountLabels#pieces} so each run reads in order. Text without right-to-left letters is a wrapping Label, as
 * before. The paragraph's font comes from CSS on this node (it is inherited by its lines).
 */
public final class WrappedText extends Region {
    /** The style class of each line's node, one per line shown. */
    public static final String LINE = "wrapped-line";
    private static final double LINE_GAP = 2;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    /** Carries the font CSS gives the lines (never shown), so lines are measured in what they are drawn in. */
    private final Label fontSource = new Label("Ag نص");
    private final Label latin = new Label();
    private final Text measure = new Text();
    private List<ParagraphLines.Line> lines = List.of();
    private double brokenAt = Double.NaN;
    private Font brokenIn;
    private List<String> laidOut = List.of();
    private double wrapWidth = Double.MAX_VALUE;
    /** Style classes each line takes besides "label" (those of the label this paragraph draws for). */
    private final List<String> lineClasses = new ArrayList<>();
    /**
     * The colour of the label this paragraph draws for, when it draws for one: an inline style ("-fx-text-fill: …" on
     * the label) is not a class the lines could take.
     */
    private final ObjectProperty<Paint> lineFill = new SimpleObjectProperty<>(this, "lineFill");

    public WrappedText() {
        this("");
    }

    public WrappedText(String text) {
        getStyleClass().add("wrapped-text");
        fontSource.getStyleClass().add("wrapped-font");
        fontSource.setManaged(false);
        fontSource.setVisible(false);
        latin.setWrapText(true);
        latin.textProperty().bind(this.text);
        this.text.addListener((obs, old, now) -> changed());
        // Which way an Arabic paragraph reads depends on the window around it (see rightToLeft).
        javafx.beans.value.ChangeListener<NodeOrientation> turned = (obs, old, now) -> changed();
        parentProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.effectiveNodeOrientationProperty().removeListener(turned);
            }
            if (now != null) {
                now.effectiveNodeOrientationProperty().addListener(turned);
            }
            changed();
        });
        this.text.set(text == null ? "" : text);
        changed();
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /**
     * The widest the paragraph asks to be (its content, without padding): a long text then wraps there unless its pane
     * gives it more, as JavaFX's alerts wrap their message. Unbounded unless set.
     */
    public void setWrapWidth(double width) {
        wrapWidth = width;
        requestLayout();
    }

    /**
     * Keeps a wrapping label (its id, its text, its style) readable in Arabic: while its text has a right-to-left
     * letter the label shows a paragraph of that text as its graphic, broken here at the label's width; otherwise it
     * wraps as JavaFX wraps it. The label's text stays the whole text (what tests, copies and screen readers read). Use
     * it instead of {@link AmountLabels#install} on a label that wraps: the paragraph's lines take its runs apart.
     */
    public static <T extends Labeled> T install(T label) {
        WrappedText paragraph = new WrappedText();
        paragraph.textProperty().bind(label.textProperty());
        // The lines are the label's text: the same colour and weight (a text colour is not inherited in JavaFX's CSS).
        paragraph.takeClasses(label);
        paragraph.lineFill.bind(label.textFillProperty());
        label.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) change -> paragraph.takeClasses(label));
        label.setWrapText(true);
        Runnable show = () -> {
            boolean ours = Directions.hasRightToLeft(label.getText());
            label.setGraphic(ours ? paragraph : null);
            label.setContentDisplay(ours ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.TEXT_ONLY);
        };
        label.textProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return label;
    }

    private void takeClasses(Labeled label) {
        List<String> classes = label.getStyleClass().stream().filter(c -> !c.equals("label")).toList();
        lineClasses.clear();
        lineClasses.addAll(classes);
        fontSource.getStyleClass().setAll("label", "wrapped-font");
        fontSource.getStyleClass().addAll(classes);
        // Lines made again with the new classes at the next layout.
        laidOut = List.of();
        requestLayout();
    }

    /** Whether the text is broken into lines here (it has a right-to-left letter) rather than wrapped by JavaFX. */
    public boolean brokenHere() {
        return Directions.hasRightToLeft(getText());
    }

    /** The lines as shown at the current width (one, the whole text, when JavaFX wraps it). */
    public List<String> shownLines() {
        return brokenHere() ? List.copyOf(laidOut) : List.of(getText());
    }

    /**
     * Whether the paragraph (it has a right-to-left letter) reads right to left: always in the Arabic window, as its
     * labels' lines do (AmountLabels), so "/tmp/deals.json:1:32: $.deals[0].buyer: الحقل المطلوب «buyer» غير موجود." is
     * an Arabic sentence about a file, not a Latin line with Arabic in it (its Latin letters outnumber its Arabic ones);
     * elsewhere when most of its letters are right to left.
     */
    private boolean rightToLeft() {
        return getParent() != null && getParent().getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT
                || ParagraphDirection.rightToLeft(getText());
    }

    private void changed() {
        brokenAt = Double.NaN;
        laidOut = List.of();
        if (brokenHere()) {
            setNodeOrientation(rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            getChildren().setAll(fontSource);
        } else {
            setNodeOrientation(NodeOrientation.INHERIT);
            getChildren().setAll(fontSource, latin);
        }
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        if (!brokenHere()) {
            return in.getLeft() + Math.min(wrapWidth, latin.prefWidth(-1)) + in.getRight();
        }
        double widest = 0;
        for (String line : ParagraphLines.shown(getText(), ParagraphLines.of(getText(), this::width, 0))) {
            widest = Math.max(widest, width(line));
        }
        return in.getLeft() + Math.min(wrapWidth, Math.ceil(widest)) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        if (!brokenHere()) {
            return in.getLeft() + latin.minWidth(-1) + in.getRight();
        }
        // Any width will do (a word wider than the line is cut): a few letters, or the whole text when shorter.
        return Math.min(computePrefWidth(height), in.getLeft() + font().getSize() * 6 + in.getRight());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double content = (width < 0 ? prefWidth(-1) : width) - in.getLeft() - in.getRight();
        if (!brokenHere()) {
            return in.getTop() + latin.prefHeight(content) + in.getBottom();
        }
        int count = lines(content).size();
        return in.getTop() + count * lineHeight() + (count - 1) * LINE_GAP + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        // Never squeezed shorter than its lines: a squeezed paragraph draws over what comes after it.
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        if (!brokenHere()) {
            layoutInArea(latin, in.getLeft(), in.getTop(), width, getHeight() - in.getTop() - in.getBottom(), 0, HPos.LEFT, VPos.TOP);
            return;
        }
        List<String> shown = ParagraphLines.shown(getText(), lines(width));
        if (!shown.equals(laidOut)) {
            laidOut = shown;
            List<Node> nodes = new ArrayList<>();
            nodes.add(fontSource);
            shown.forEach(line -> nodes.add(line(line)));
            getChildren().setAll(nodes);
            // The new lines take their font from CSS before they are measured below.
            for (Node node : nodes) {
                node.applyCss();
            }
        }
        double height = lineHeight();
        double y = in.getTop();
        for (Node node : getChildren()) {
            if (node == fontSource) {
                continue;
            }
            // At the paragraph's start: the left in English, the right in Arabic (this node is mirrored there).
            layoutInArea(node, in.getLeft(), y, Math.min(width, node.prefWidth(-1)), height, 0, HPos.LEFT, VPos.CENTER);
            y += height + LINE_GAP;
        }
    }

    /** The lines at a content width, kept while the width and font stay the same. */
    private List<ParagraphLines.Line> lines(double width) {
        Font font = font();
        if (width != brokenAt || !Objects.equals(font, brokenIn)) {
            lines = ParagraphLines.of(getText(), this::width, width);
            brokenAt = width;
            brokenIn = font;
        }
        return lines;
    }

    /**
     * One line, unwrapped: a row of its runs when it mixes directions or has punctuation among Arabic words, else one
     * label; a line with no right-to-left letter (a path, "Ctrl+Shift+N") left to right wherever it stands.
     */
    private Node line(String line) {
        // The runs a single label's line is drawn with (AmountLabels, the one road for mixed lines): marks among Arabic
        // words mirrored, a bracket a Latin word opens but does not close and the stop after it given to the sentence.
        List<AmountLabels.Piece> pieces = AmountLabels.runs(line, getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Node node;
        if (pieces.size() > 1) {
            HBox row = new HBox();
            row.setAlignment(Pos.CENTER_LEFT);
            double space = width("a a") - width("aa");
            for (AmountLabels.Piece piece : pieces) {
                Label part = new Label(piece.text());
                part.setMinWidth(Region.USE_PREF_SIZE);
                part.setNodeOrientation(piece.leftToRight() ? NodeOrientation.LEFT_TO_RIGHT : NodeOrientation.INHERIT);
                if (!row.getChildren().isEmpty() && piece.spaced()) {
                    // The leading side: the row, mirrored in Arabic, mirrors its margins too.
                    HBox.setMargin(part, new Insets(0, 0, 0, space));
                }
                row.getChildren().add(part);
            }
            node = row;
        } else {
            Label label = new Label(line);
            label.setMinWidth(Region.USE_PREF_SIZE);
            if (!Directions.hasRightToLeft(line)) {
                label.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            }
            node = label;
        }
        node.getStyleClass().add(LINE);
        List<Node> labels = node instanceof HBox row ? row.getChildren() : List.of(node);
        for (Node part : labels) {
            if (lineFill.isBound()) {
                // Drawing for a label: its font and colour, not its classes (a banner's padding and background, a
                // section's border, would be drawn around every line).
                ((Label) part).fontProperty().bind(fontSource.fontProperty());
                ((Label) part).textFillProperty().bind(lineFill);
            } else {
                part.getStyleClass().addAll(lineClasses);
            }
        }
        return node;
    }

    /**
     * The text broken into lines at the width in the font, joined by line breaks: for a label that keeps its own node
     * (a link) and shows each line apart ({@link AmountLabels} does).
     */
    public static String broken(String text, Font font, double width) {
        Text probe = new Text();
        probe.setFont(font);
        return String.join("\n", ParagraphLines.shown(text, ParagraphLines.of(text, part -> {
            probe.setText(part);
            return probe.getLayoutBounds().getWidth();
        }, width)));
    }

    private Font font() {
        return fontSource.getFont();
    }

    /** The height of one line: a label's in the paragraph's font, without the padding the font's classes may add. */
    private double lineHeight() {
        Insets padding = fontSource.getInsets();
        return Math.ceil(fontSource.prefHeight(-1) - padding.getTop() - padding.getBottom());
    }

    /** The width of a text drawn in the paragraph's font. */
    private double width(String part) {
        measure.setFont(font());
        measure.setText(part);
        return measure.getLayoutBounds().getWidth();
    }
}
