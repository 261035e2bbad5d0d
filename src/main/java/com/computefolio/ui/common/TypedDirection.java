package com.computefolio.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;

/**
 * A text field or area that holds the user's own words (a title, notes, a quote) runs the way its text does, as a text
 * editor (and HTML's dir="auto") does: by the text's first strong letter, the window's way while it has none. So an
 * English note in the Arabic window starts at the left with its full stop at the end, and an Arabic one in the English
 * window starts at the right. JavaFX 21 takes a field's paragraph direction and alignment from its node orientation
 * alone (looked at under Xvfb, ADR 55's section of 2026-12-07).
 *
 * <p>An area that wraps stops wrapping while its text holds a right-to-left letter: JavaFX 21 draws wrapped Arabic lines
 * with the last word of a line drawn twice and, in a left-to-right area, the lines shifted; one line per paragraph,
 * scrolled sideways, reads right. What it still gets wrong on one line (brackets unmirrored and moved) is in ADR 55.
 */
public final class TypedDirection {
    private static final String LISTENER = TypedDirection.class.getName();

    private TypedDirection() {
    }

    /** Keeps the control's direction (and an area's wrapping) following its text from now on; returns it. */
    public static <T extends TextInputControl> T follow(T control) {
        boolean wraps = control instanceof TextArea area && area.isWrapText();
        ChangeListener<String> listener = (obs, old, now) -> apply(control, now, wraps);
        control.getProperties().put(LISTENER, listener);
        control.textProperty().addListener(listener);
        apply(control, control.getText(), wraps);
        return control;
    }

    /** Whether the control follows its text's direction (not once it is made left to right for good). */
    public static boolean follows(TextInputControl control) {
        return control.getProperties().containsKey(LISTENER) && !control.getProperties().containsKey(Directions.LEFT_TO_RIGHT);
    }

    private static void apply(TextInputControl control, String text, boolean wraps) {
        if (control.getProperties().containsKey(Directions.LEFT_TO_RIGHT)) {
            // An id, a date, an address: left to right in every language (Directions.leftToRight).
            return;
        }
        // INHERIT when the text has no letter yet: the prompt and the caret sit where the window's text starts.
        control.setNodeOrientation(Directions.ofText(text));
        if (control instanceof TextArea area && wraps) {
            area.setWrapText(!Directions.hasRightToLeft(text));
        }
    }
}
