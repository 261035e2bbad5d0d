package com.computefolio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computefolio.service.text.Texts;
import com.computefolio.ui.format.DisplayFormats;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's language becomes the default format locale (what the calendar popup reads), and nothing else moves. */
class DatePickersTest {
    private Locale format;
    private Locale general;

    @BeforeEach
    void remember() {
        format = Locale.getDefault(Locale.Category.FORMAT);
        general = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    @Test
    void theWindowsLanguageIsTheDefaultTheCalendarReads() {
        Texts arabic = Texts.choose(Optional.of(Locale.forLanguageTag("ar")));
        DatePickers.useLanguage(arabic);
        assertEquals(arabic.locale(), Locale.getDefault(Locale.Category.FORMAT));
        assertEquals(general, Locale.getDefault());
    }

    @Test
    void ourFiguresAreTheSameWhateverTheDefault() {
        for (String language : List.of("ar", "en")) {
            Texts texts = Texts.choose(Optional.of(Locale.forLanguageTag(language)));
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            List<String> before = figures(texts);
            DatePickers.useLanguage(Texts.choose(Optional.of(Locale.forLanguageTag("en".equals(language) ? "ar" : "en"))));
            assertEquals(before, figures(texts), language);
        }
    }

    private static List<String> figures(Texts texts) {
        DisplayFormats formats = new DisplayFormats(new Messages(texts));
        return List.of(formats.money(92_400_000_000_00L, "USD"), formats.money(-3_500_000_000_00L, "EUR", true),
                formats.gigawatts(1_200_000), texts.number(1_234_567), texts.format("{0,number,#.##}%", 16.24));
    }
}
