package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** cli_ar says everything cli says: the same keys, each with the same {n} arguments and picocli variables. */
class CliArabicBundleTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern PICOCLI_VARIABLE = Pattern.compile("\\$\\{[A-Z-]+}");

    private final ResourceBundle english = ResourceBundle.getBundle(CliMessages.BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private final ResourceBundle arabic = CliMessages.forLocale(Locale.forLanguageTag("ar")).bundle();

    @Test
    void theArabicFileIsTheOneLoadedForArabic() {
        assertThat(arabic.getLocale().getLanguage()).isEqualTo("ar");
    }

    @Test
    void everyKeyIsTranslatedAndNoOtherKeyIsAdded() throws IOException {
        // The file itself, not the bundle: a key it lacks would be read from the English parent unnoticed.
        Properties own = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/cli_ar.properties"), StandardCharsets.UTF_8)) {
            own.load(in);
        }
        assertThat(new TreeSet<>(own.stringPropertyNames())).isEqualTo(new TreeSet<>(english.keySet()));
    }

    @Test
    void everyTranslationHasTheSameArgumentsAndVariables() {
        for (String key : english.keySet()) {
            assertThat(matches(ARGUMENT, arabic.getString(key))).as(key).isEqualTo(matches(ARGUMENT, english.getString(key)));
            assertThat(matches(PICOCLI_VARIABLE, arabic.getString(key))).as(key)
                    .isEqualTo(matches(PICOCLI_VARIABLE, english.getString(key)));
        }
    }

    @Test
    void everyTranslationIsInArabicExceptCodesAndFormatting() {
        Pattern arabicLetter = Pattern.compile("\\p{IsArabic}");
        Pattern noWords = Pattern.compile("[\\s%n{}0-9:(),\u060c'.\\-\\\\a-z]*|\\{0\\}|\\{0\\}  \\(\\{1\\}\\)|\\{0\\}: \\{1\\}");
        for (String key : english.keySet()) {
            String text = arabic.getString(key);
            if (!noWords.matcher(text).matches()) {
                assertThat(arabicLetter.matcher(text).find()).as(key + " = " + text).isTrue();
            }
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
