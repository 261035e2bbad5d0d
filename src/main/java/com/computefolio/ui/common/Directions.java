package com.computefolio.ui.common;

import com.computefolio.service.text.Texts;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * Which way the window's parts run, and the words of JavaFX's own buttons (ADR 0030). The scene follows the language; dialogs are windows of their own
 * and are told; fields whose text is Latin by nature (ids, addresses, dates, amounts, currency codes) run left to
 * right in Arabic too, so "openai-aws-cloud" or "https://…" is typed and read as written.
 */
public final class Directions {
    /** The property key that marks a node made left to right for good ({@link #leftToRight}). */
    static final String LEFT_TO_RIGHT = Directions.class.getName() + ".leftToRight";

    private Directions() {
    }

    /** The orientation of the language's window: right to left for Arabic. */
    public static NodeOrientation of(Texts texts) {
        return texts.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * A dialog's pane laid out as its language reads, its OK and Cancel buttons named in it (JavaFX names its own in
     * English only: it ships no Arabic); returns it. The pane, not the dialog: only the dialog service opens dialogs.
     */
    public static DialogPane dialog(DialogPane pane, Messages messages) {
        pane.setNodeOrientation(of(messages.texts()));
        TextMenus.install(pane, messages);
        pane.getButtonTypes().replaceAll(type -> type == ButtonType.OK ? ok(messages)
                : type == ButtonType.CANCEL ? cancel(messages) : type);
        return pane;
    }

    /** OK, named in the window's language. */
    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Cancel, named in the window's language. */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A field of Latin text (an id, an address, a date, an amount) that runs left to right in every language. */
    public static <N extends Node> N leftToRight(N node) {
        // Marked, so that a factory letting the user's words run their own way (TypedDirection) leaves this one be.
        node.getProperties().put(LEFT_TO_RIGHT, Boolean.TRUE);
        node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return node;
    }

    /**
     * The direction of a text of the user's data (a deal's title, a party's name) by its first strong letter, as
     * HTML's dir="auto" does: an English title in the Arabic window keeps its brackets and "$10B" in place, an Arabic
     * one reads right to left in the English window. INHERIT when it has no letter at all.
     */
    public static NodeOrientation ofText(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                byte direction = Character.getDirectionality(c);
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return NodeOrientation.LEFT_TO_RIGHT;
                }
                if (isRightToLeft(c)) {
                    return NodeOrientation.RIGHT_TO_LEFT;
                }
                i += Character.charCount(c);
            }
        }
        return NodeOrientation.INHERIT;
    }

    /** Whether the code point is a right-to-left letter (Arabic, Hebrew…): the one test every view uses. */
    public static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Whether the text holds a right-to-left letter anywhere. */
    public static boolean hasRightToLeft(String text) {
        return text != null && text.codePoints().anyMatch(Directions::isRightToLeft);
    }
}
