package com.computefolio.ui.common;

import com.computefolio.service.text.Texts;
import java.time.chrono.IsoChronology;
import java.util.Locale;
import javafx.scene.control.DatePicker;

/**
 * Date pickers in the window's language. JavaFX's calendar popup names its months and weekdays, and writes its day
 * numbers, in {@code Locale.getDefault(Locale.Category.FORMAT)} (DatePickerContent reads it, there is no property), so
 * the window's language becomes that default when the window is made. Nothing else of ours reads it: Texts and
 * DisplayFormats format with the language they were given (DatePickersTest checks the figures do not move).
 */
public final class DatePickers {
    private DatePickers() {
    }

    /** Makes the window's language (with its chosen digits) the default the calendar popup reads. */
    public static void useLanguage(Texts texts) {
        Locale.setDefault(Locale.Category.FORMAT, texts.locale());
    }

    /**
     * The picker in the ISO calendar whatever the language (an Arabic region's default would be the Hijri one, while
     * every date in the register and its text field is ISO 8601); the popup then follows the window's language.
     */
    public static DatePicker iso(DatePicker picker) {
        picker.setChronology(IsoChronology.INSTANCE);
        return picker;
    }
}
