package com.computefolio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Cell;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Labels that show an amount ("$924B", "1.2 GW", "24") inside Arabic words. JavaFX 21 on Linux orders the runs of
 * such a mixed line wrongly ("924B$", the number beside the wrong word, the colon at the far end), and draws the
 * bidirectional isolate marks (U+2066-2069) and the right-to-left mark as boxes, so marks cannot fix it. A line with an
 * Arabic letter is therefore shown as a row of pieces, each run in a label of its own (an amount left to right), that
 * the row lays out in the window's direction; the label's own text stays the whole line (what tests, copies and
 * screen readers read). Text without Arabic is shown as before.
 */
public final class AmountLabels {
    /**
     * A date ("2025-11-03"), a time ("11:29"), or an amount or number with its sign, currency and unit: "$924B",
     * "−US$3.5B", "1.2 GW"; never the digits inside a word, a path, a location or a JSON path ("deals.json:1:32:",
     * "$.deals[0].buyer"), which stay whole.
     */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\p{N}_./\\-:\\[\\]])(?:\\d{4}-\\d{2}(?:-\\d{2})?(?!\\d)|\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)"
            + "|[−\\-+]?(?:[A-Z]{1,3}\\s?)?\\p{Sc}?[−\\-]?\\d[\\d.,\u066B\u066C]*(?:\\s?(?:[KMBT]|GW|MW|kW|%))?(?![\\p{L}\\d]))");
    private static final double GAP = 4;

    private AmountLabels() {
    }

    /**
     * Brackets around text without Arabic, after a space or an Arabic word: drawn whole left to right as it is written
     * ("(G42)", "(docs/scenarios.md)", "(36.23%)"), where a bracket beside Arabic words is a run of its own.
     */
    private static final Pattern LATIN_GROUP = Pattern.compile("(?<![^\\s\\p{IsArabic}])[(\\[][^()\\[\\]\\p{IsArabic}\\s]"
            + "[^()\\[\\]\\p{IsArabic}]*[)\\]]");

    /** A word of Latin letters and no Arabic between spaces: "/tmp/r.db", "openai-aws-2025", "Ctrl+N", «as-registered». */
    private static final Pattern LATIN = Pattern.compile("(?<!\\S)[^\\s\\p{IsArabic}]*\\p{IsLatin}[^\\s\\p{IsArabic}]*(?!\\S)");
    /** Marks kept apart from a Latin word they touch: quote marks, and the Arabic comma, semicolon and question mark. */
    private static final String QUOTES = "\"'«»“”„‘’‹›،؛؟";
    /** Marks that Unicode mirrors in right-to-left text, in pairs: each one's mirror is its neighbour. */
    private static final String MIRRORS = "()[]{}<>«»‹›";
    /** Punctuation among the words between amounts: ":" after "إجمالي الالتزامات", "·", «», quote marks. */
    private static final Pattern MARKS = Pattern.compile("[()\\[\\]]|[^\\p{L}\\p{N}\\p{M}\\s()\\[\\]]+");

    /**
     * One run of the line: its text (without the spaces around it), whether it reads left to right on its own, and
     * whether a space came before it (none between a word and its colon).
     */
    public record Piece(String text, boolean leftToRight, boolean spaced) {
    }

    /** The line cut into runs: the amounts left to right, the words between them as they are; empty when not mixed. */
    public static List<Piece> pieces(String line) {
        List<Piece> pieces = new ArrayList<>();
        if (line == null || !Directions.hasRightToLeft(line)) {
            return pieces;
        }
        Matcher group = LATIN_GROUP.matcher(line);
        int at = 0;
        while (group.find()) {
            runs(pieces, line.substring(at, group.start()), spacedAt(line, at));
            add(pieces, group.group(), true, spacedAt(line, group.start()));
            at = group.end();
        }
        runs(pieces, line.substring(at), spacedAt(line, at));
        return pieces;
    }

    /** Whether a run starting at this index of the line has a space (or the line's start) before it. */
    private static boolean spacedAt(String line, int index) {
        return index == 0 || Character.isWhitespace(line.charAt(index - 1));
    }

    /** The amounts of a stretch of the line left to right, the words between them as they are. */
    private static void runs(List<Piece> pieces, String text, boolean spacedAtStart) {
        Matcher matcher = AMOUNT.matcher(text);
        int at = 0;
        while (matcher.find()) {
            words(pieces, text.substring(at, matcher.start()), at == 0 && spacedAtStart);
            add(pieces, matcher.group(), true, matcher.start() == 0 ? spacedAtStart : spacedAt(text, matcher.start()));
            at = matcher.end();
        }
        words(pieces, text.substring(at), at == 0 && spacedAtStart);
    }

    /**
     * Keeps the label (or link) showing its text in runs whenever the text mixes Arabic and amounts; returns it. A label
     * that wraps is refused: it is a paragraph (WrappedText.install), whose lines ICU breaks and these runs draw, the one
     * road for wrapped Arabic (ADR 55).
     */
    public static <T extends Labeled> T install(T label) {
        if (label.isWrapText()) {
            throw new IllegalArgumentException("a label that wraps is a paragraph: WrappedText.install, not AmountLabels");
        }
        label.textProperty().addListener((obs, old, now) -> show(label, now));
        // Placed in the Arabic window (or moved out of it), its lines may read the other way.
        label.effectiveNodeOrientationProperty().addListener((obs, old, now) -> show(label, label.getText()));
        show(label, label.getText());
        return label;
    }

    /** Each line of the text (lines already broken, as ParagraphLines does) a row of its runs, one under another. */
    private static void show(Labeled label, String text) {
        String[] lines = text == null ? new String[0] : text.split("\n", -1);
        boolean mixed = false;
        for (String line : lines) {
            mixed |= runs(line, direction(label, line)).size() > 1;
        }
        if (!mixed) {
            label.setGraphic(null);
            label.setContentDisplay(ContentDisplay.TEXT_ONLY);
            return;
        }
        if (lines.length == 1) {
            label.setGraphic(row(label, text));
        } else {
            VBox rows = new VBox();
            for (String line : lines) {
                rows.getChildren().add(row(label, line));
            }
            label.setGraphic(rows);
        }
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** A line's runs side by side, unwrapped (a label that wraps is a {@link WrappedText} paragraph instead). */
    private static Pane row(Labeled label, String line) {
        NodeOrientation direction = direction(label, line);
        List<Piece> pieces = runs(line, direction);
        if (pieces.isEmpty() && !line.isBlank()) {
            pieces = List.of(new Piece(line.strip(), false, false));
        }
        HBox row = new HBox();
        row.setAlignment(Pos.CENTER_LEFT);
        // The row reads as its words do, whatever way the pane around it runs (some are left to right in Arabic too).
        row.setNodeOrientation(direction);
        for (Piece piece : pieces) {
            Label part = part(piece, label);
            part.setMinWidth(Label.USE_PREF_SIZE);
            if (!row.getChildren().isEmpty() && piece.spaced()) {
                // The leading side: the row, mirrored in Arabic, mirrors its margins too.
                Insets gap = new Insets(0, 0, 0, GAP);
                HBox.setMargin(part, gap);
            }
            row.getChildren().add(part);
        }
        return row;
    }

    /**
     * The runs of a line that reads right to left as they are drawn: {@link #pieces}, with each bracket or quote mark
     * among the Arabic words a run of its own, shown as its mirror image left to right. JavaFX 21 draws "(" in a
     * right-to-left line as "(", never mirrored as Unicode asks, so "مايكروسوفت (أزور)" came out as ")أزور (مايكروسوفت";
     * the mark a reader of Arabic sees there is ")" (and "»" for "«"). A line that reads left to right is cut as before.
     */
    public static List<Piece> runs(String line) {
        return runs(line, Directions.ofText(line));
    }

    /**
     * Which way a label's line reads: a line with Arabic words in the Arabic window right to left, whatever comes first
     * ("2026-12-07 11:13 UTC · root · عُدّلت (الإصدار 2)" is an Arabic sentence), as the PDF's lines do (ADR 32); otherwise
     * by its first strong letter.
     */
    private static NodeOrientation direction(Labeled label, String line) {
        return label.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT && Directions.hasRightToLeft(line)
                ? NodeOrientation.RIGHT_TO_LEFT : Directions.ofText(line);
    }

    static List<Piece> runs(String line, NodeOrientation direction) {
        List<Piece> pieces = pieces(line);
        if (pieces.isEmpty() || direction != NodeOrientation.RIGHT_TO_LEFT) {
            return pieces;
        }
        List<Piece> runs = new ArrayList<>();
        for (Piece piece : pieces) {
            String text = piece.text();
            if (piece.leftToRight()) {
                leftToRight(runs, piece);
                continue;
            }
            if (text.chars().noneMatch(c -> MIRRORS.indexOf(c) >= 0)) {
                runs.add(piece);
                continue;
            }
            int at = 0;
            for (int i = 0; i <= text.length(); i++) {
                int mirror = i < text.length() ? MIRRORS.indexOf(text.charAt(i)) : -1;
                if (mirror < 0 && i < text.length()) {
                    continue;
                }
                if (i > at) {
                    add(runs, text.substring(at, i), false, spaced(text, at, piece.spaced()));
                }
                if (mirror >= 0) {
                    runs.add(new Piece(String.valueOf(MIRRORS.charAt(mirror ^ 1)), true, spaced(text, i, piece.spaced())));
                }
                at = i + 1;
            }
        }
        return latinPhrases(runs);
    }

    /**
     * Latin words side by side in an Arabic line read as one phrase, left to right ("Telegraph India (Reuters)"), as
     * Unicode's bidi keeps them: apart, each word took its place from the right and the phrase read backwards. A number
     * alone ("[4]", "2026") stays its own run, as bidi sets it apart from the words around it too.
     */
    private static List<Piece> latinPhrases(List<Piece> runs) {
        List<Piece> phrases = new ArrayList<>(runs.size());
        for (Piece run : runs) {
            int last = phrases.size() - 1;
            if (last >= 0 && run.spaced() && isLatinWords(run) && isLatinWords(phrases.get(last))) {
                Piece previous = phrases.get(last);
                phrases.set(last, new Piece(previous.text() + " " + run.text(), true, previous.spaced()));
            } else {
                phrases.add(run);
            }
        }
        return phrases;
    }

    private static boolean isLatinWords(Piece piece) {
        return piece.leftToRight() && piece.text().chars().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    }

    /**
     * A Latin run, the marks after it that close an Arabic sentence apart ("(OCI)»؟" is "(OCI)", "«", "؟"): they belong
     * to the line, not to the name; a closing bracket stays when its opening one is in the run.
     */
    private static void leftToRight(List<Piece> runs, Piece piece) {
        String text = piece.text();
        int end = text.length();
        while (end > 0 && !keeps(text, end - 1)) {
            end--;
        }
        if (end == 0 || end == text.length()) {
            runs.add(piece);
            return;
        }
        runs.add(new Piece(text.substring(0, end), true, piece.spaced()));
        for (int i = end; i < text.length(); i++) {
            int mirror = MIRRORS.indexOf(text.charAt(i));
            runs.add(mirror >= 0 ? new Piece(String.valueOf(MIRRORS.charAt(mirror ^ 1)), true, false)
                    : new Piece(String.valueOf(text.charAt(i)), false, false));
        }
    }

    /** Whether the character ends a Latin run: a letter, digit, currency or percent, or a bracket it opened. */
    private static boolean keeps(String text, int at) {
        char c = text.charAt(at);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%') {
            return true;
        }
        int mirror = MIRRORS.indexOf(c);
        return mirror >= 0 && mirror % 2 == 1 && text.lastIndexOf(MIRRORS.charAt(mirror - 1), at) >= 0;
    }

    /** Whether the part of a run from {@code at} has a space before it (the run's own flag at its start). */
    private static boolean spaced(String text, int at, boolean runSpaced) {
        return at == 0 ? runSpaced : Character.isWhitespace(text.charAt(at - 1)) || Character.isWhitespace(text.charAt(at));
    }

    private static Label part(Piece piece, Labeled label) {
        Label part = new Label(piece.text());
        // The label's font and colour as CSS resolved them, not its classes: a class that gives the label padding, a border
        // or a background ("editor-section", a cell's) gave each piece its own, so a section title read as underlined
        // pieces apart; a cell's colour (selected, muted) is the cell's own.
        part.textFillProperty().bind(label.textFillProperty());
        if (!(label instanceof Cell<?>)) {
            part.fontProperty().bind(label.fontProperty());
        }
        part.setNodeOrientation(piece.leftToRight() ? NodeOrientation.LEFT_TO_RIGHT : NodeOrientation.INHERIT);
        return part;
    }

    /**
     * The words between two amounts: a Latin word among them (a file, an id, "Ctrl+N") a run of its own left to right,
     * its quote marks apart; each punctuation mark among the Arabic words apart too (see {@link #marks}).
     */
    private static void words(List<Piece> pieces, String text, boolean lineStart) {
        Matcher latin = LATIN.matcher(text);
        int at = 0;
        while (latin.find()) {
            marks(pieces, text, at, latin.start(), lineStart);
            int start = latin.start();
            int end = latin.end();
            while (start < end && (QUOTES.indexOf(text.charAt(start)) >= 0 || unmatched(text, start, end, start))) {
                start++;
            }
            while (end > start && (QUOTES.indexOf(text.charAt(end - 1)) >= 0 || unmatched(text, start, end, end - 1))) {
                end--;
            }
            marks(pieces, text, latin.start(), start, lineStart);
            run(pieces, text, start, end, lineStart, true);
            marks(pieces, text, end, latin.end(), lineStart);
            at = latin.end();
        }
        marks(pieces, text, at, text.length(), lineStart);
    }

    /**
     * Whether the character at {@code at}, the first or last of the word from start to end, is a bracket the word has
     * one too many of: "(OpenAI))" of "(أوبن إيه آي (OpenAI))" keeps "(OpenAI)", its last bracket belongs to the
     * Arabic words around it.
     */
    private static boolean unmatched(String text, int start, int end, int at) {
        char c = text.charAt(at);
        boolean round = c == '(' || c == ')';
        if (!round && c != '[' && c != ']') {
            return false;
        }
        int balance = 0;
        for (int i = start; i < end; i++) {
            char d = text.charAt(i);
            balance += d == (round ? '(' : '[') ? 1 : d == (round ? ')' : ']') ? -1 : 0;
        }
        return c == '(' || c == '[' ? balance > 0 : balance < 0;
    }

    /**
     * Arabic words, each punctuation mark among them apart: JavaFX draws a colon, a middle dot or a quote mark («», "")
     * between Arabic words at the wrong place and moves the word beside it, but a mark on its own where it belongs.
     * Each bracket is apart too ({@link #runs(String)} draws it as its mirror image in a right-to-left line).
     */
    private static void marks(List<Piece> pieces, String text, int from, int to, boolean lineStart) {
        Matcher marks = MARKS.matcher(text).region(from, to);
        int at = from;
        while (marks.find()) {
            run(pieces, text, at, marks.start(), lineStart, false);
            run(pieces, text, marks.start(), marks.end(), lineStart, false);
            at = marks.end();
        }
        run(pieces, text, at, to, lineStart, false);
    }

    /** The part of the text from start to end, spaced when a space comes before its first character. */
    private static void run(List<Piece> pieces, String text, int start, int end, boolean lineStart, boolean leftToRight) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        boolean spaced = first == 0 ? lineStart : Character.isWhitespace(text.charAt(first - 1));
        add(pieces, text.substring(first, end), leftToRight, spaced);
    }

    private static void add(List<Piece> pieces, String text, boolean leftToRight, boolean spaced) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            pieces.add(new Piece(trimmed, leftToRight, spaced));
        }
    }
}
