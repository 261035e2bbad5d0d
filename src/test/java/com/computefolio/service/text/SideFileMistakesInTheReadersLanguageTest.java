package com.computefolio.service.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.computefolio.service.GroupBy;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.ScenarioFile;
import com.computefolio.service.scenario.ScenarioFileException;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.view.ViewFile;
import com.computefolio.service.view.ViewFileException;
import com.computefolio.testing.EnglishLeft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistake in the user's views or scenarios file is said in the reader's language (issue 16): each field check a key
 * with its values, the file and field path as written; the English is the message these files always gave.
 */
class SideFileMistakesInTheReadersLanguageTest {

    @TempDir
    Path dir;

    private final FailureTexts arabic = new FailureTexts(Texts.arabic());
    private final FailureTexts english = new FailureTexts(Texts.english());

    /** A views file's entries, the field named, the English after "file: field: ", and the Arabic. */
    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("{\"name\": \"a\"}, {\"name\": \"a\"}", "views[1].name", "'a' is saved twice", "الاسم «a» محفوظ مرتين"),
                Arguments.of("{\"name\": \"a\", \"scenario\": \"hopeful\"}", "views[0].scenario", "no scenario is called 'hopeful'",
                        "لا يوجد سيناريو اسمه «hopeful»"),
                Arguments.of("{\"name\": \"a\", \"groupBy\": \"colour\"}", "views[0].groupBy", "'colour' is not a grouping (one of ",
                        "«colour» ليس تجميعًا معروفًا (التجميعات: "),
                Arguments.of("{\"name\": \"a\", \"columns\": [\" \"]}", "views[0].columns", "a column id is empty",
                        "معرّف أحد الأعمدة فارغ"),
                Arguments.of("{\"name\": \"a\", \"kinds\": [\"ROCKETS\"]}", "views[0].kinds", "'ROCKETS' is not a known value",
                        "«ROCKETS» ليست قيمة معروفة"),
                Arguments.of("{\"name\": \"a\", \"from\": \"2025-13-01\"}", "views[0].from", "'2025-13-01' is not a date YYYY-MM-DD",
                        "«2025-13-01» ليس تاريخًا بالصيغة YYYY-MM-DD"),
                Arguments.of("{\"name\": \"Bad Name\"}", "views[0].name",
                        "a view's name is 1 to 40 lower-case letters, digits and hyphens, not 'Bad Name'",
                        "اسم العرض من 1 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، و«Bad Name» ليس كذلك"),
                Arguments.of("{\"name\": \"a\", \"haircutPercent\": \"150\"}", "views[0].haircutPercent",
                        "a haircut is 0 to 100 per cent with at most two decimals: 150",
                        "الاقتطاع من 0 إلى 100 في المئة بمنزلتين عشريتين على الأكثر، والمعطى 150"),
                Arguments.of("{\"name\": \"a\", \"haircutPercent\": \"lots\"}", "views[0].haircutPercent",
                        "a haircut is a number of per cent, not 'lots'", "الاقتطاع نسبة مئوية تُكتب بالأرقام، لا «lots»"),
                Arguments.of("{\"name\": \"a\", \"delayMonths\": 5000}", "views[0].haircutPercent", "a delay is 0 to 1200 months: 5000",
                        "التأخير من 0 إلى 1200 شهرًا، والمعطى 5000"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("views")
    void aViewsFileMistakeIsSaidInEitherLanguage(String entries, String field, String englishWhy, String arabicWhy) throws IOException {
        Path file = Files.writeString(dir.resolve("views.json"), "{\"formatVersion\": 1, \"views\": [" + entries + "]}",
                StandardCharsets.UTF_8);

        ViewFileException e = (ViewFileException) catchThrowable(() -> new ViewFile(file).load(Scenarios.builtIn()));

        assertThat(e.getMessage()).startsWith(file + ": " + field + ": " + englishWhy);
        assertThat(english.say(e)).isEqualTo(e.getMessage());
        assertThat(arabic.say(e)).startsWith(file + ": " + field + ": " + arabicWhy);
        Stream<String> typed = Stream.of(file.toString(), field, "colour", "hopeful", "lots", "Bad Name", "haircutPercent");
        Stream<String> groupings = Arrays.stream(GroupBy.values()).map(g -> g.name().toLowerCase(Locale.ROOT));
        EnglishLeft.assertNoEnglishIn(arabic.say(e), Stream.concat(typed, groupings).toArray(String[]::new));
    }

    /** A scenarios file's entries, the field named, the English after "file: field: ", and the Arabic. */
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("{\"name\": \"mine\", \"base\": \"hopeful\"}", "scenarios[0].base",
                        "'hopeful' is not a built-in scenario (as-registered, firm, ", "«hopeful» ليس سيناريو مدمجًا (المدمجة: as-registered، firm، "),
                Arguments.of("{\"name\": \"mine\", \"base\": \"firm\", \"statusWeights\": {\"ACTIVE\": \"0.5\"}}",
                        "scenarios[0].statusWeights", "weights need a weighted base, not 'firm'", "الأوزان تحتاج إلى أساس مرجّح، لا «firm»"),
                Arguments.of("{\"name\": \"mine\", \"base\": \"weighted\", \"statusWeights\": {\"ACTIVE\": \"most\"}}",
                        "scenarios[0].statusWeights.ACTIVE", "expected a known name and a probability from 0 to 1, got 'most'",
                        "المتوقع اسم معروف واحتمال من 0 إلى 1، والمعطى «most»"),
                Arguments.of("{\"name\": \"mine\", \"base\": \"weighted\", \"statusWeights\": {\"ACTIVE\": \"1.5\"}}",
                        "scenarios[0]", "the probability of ACTIVE is 0 to 1: 1.5", "احتمال ACTIVE يكون من 0 إلى 1، والمعطى 1.5"),
                Arguments.of("{\"name\": \"Mine!\", \"base\": \"firm\"}", "scenarios[0].name",
                        "a scenario name is 1 to 40 lower-case letters, digits and hyphens: Mine!",
                        "اسم السيناريو من 1 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، و«Mine!» ليس كذلك"),
                Arguments.of("{\"name\": \"mine\", \"base\": \"firm\", \"delayMonths\": 5000}", "scenarios[0]",
                        "a delay is 0 to 1200 months: 5000", "التأخير من 0 إلى 1200 شهرًا، والمعطى 5000"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("scenarios")
    void aScenariosFileMistakeIsSaidInEitherLanguage(String entries, String field, String englishWhy, String arabicWhy)
            throws IOException {
        Path file = Files.writeString(dir.resolve("scenarios.json"), "{\"formatVersion\": 1, \"scenarios\": [" + entries + "]}",
                StandardCharsets.UTF_8);

        ScenarioFileException e = (ScenarioFileException) catchThrowable(() -> new ScenarioFile(file).load());

        assertThat(e.getMessage()).startsWith(file + ": " + field + ": " + englishWhy);
        assertThat(english.say(e)).isEqualTo(e.getMessage());
        assertThat(arabic.say(e)).startsWith(file + ": " + field + ": " + arabicWhy);
        EnglishLeft.assertNoEnglishIn(arabic.say(e), file.toString(), field, "hopeful", "firm", "most", "Mine!",
                "as-registered", "reported", "ceilings", "options", "estimates", "weighted");
    }

    @Test
    void aScenarioNamedAsABuiltInOneAndTwiceOverAreSaidInEitherLanguage() throws IOException {
        Path path = dir.resolve("scenarios.json");
        ScenarioFile file = new ScenarioFile(path);
        Scenario firm = Scenarios.builtIn().find("firm").orElseThrow();

        ScenarioFileException builtIn = (ScenarioFileException) catchThrowable(() -> file.save(firm, "firm"));
        Files.writeString(path, "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"mine\", \"base\": \"firm\"},"
                + " {\"name\": \"mine\", \"base\": \"reported\"}]}", StandardCharsets.UTF_8);
        ScenarioFileException twice = (ScenarioFileException) catchThrowable(file::load);

        assertThat(builtIn.getMessage()).isEqualTo(path + ": 'firm' is a built-in scenario; choose another name");
        assertThat(arabic.say(builtIn)).isEqualTo(path + ": «firm» سيناريو مدمج؛ اختر اسمًا آخر");
        assertThat(twice.getMessage()).isEqualTo(path + ": the scenario name is already taken: mine");
        assertThat(arabic.say(twice)).isEqualTo(path + ": اسم السيناريو «mine» مستعمل من قبل");
    }

    @Test
    void aFileOfANewerFormatIsSaidInEitherLanguage() throws IOException {
        Path views = Files.writeString(dir.resolve("views.json"), "{\"formatVersion\": 7, \"views\": []}", StandardCharsets.UTF_8);

        ViewFileException e = (ViewFileException) catchThrowable(() -> new ViewFile(views).load(Scenarios.builtIn()));

        assertThat(e.getMessage()).isEqualTo(views + ": formatVersion: 7 is not supported (this version reads 1)");
        assertThat(arabic.say(e)).isEqualTo(views + ": formatVersion: الإصدار 7 غير مدعوم (هذا البرنامج يقرأ الإصدار 1)");
    }

    @Test
    void aFileTooLargeToBeOnesOwnIsSaidInEitherLanguage() throws IOException {
        Path views = Files.writeString(dir.resolve("views.json"), " ".repeat(1_000_001), StandardCharsets.UTF_8);

        ViewFileException e = (ViewFileException) catchThrowable(() -> new ViewFile(views).load(Scenarios.builtIn()));

        assertThat(english.say(e)).isEqualTo(views + ": larger than 1000000 bytes, not a views file");
        assertThat(arabic.say(e)).isEqualTo(views + ": حجمه أكبر من 1000000 بايت، فليس ملف عروض");
    }
}
