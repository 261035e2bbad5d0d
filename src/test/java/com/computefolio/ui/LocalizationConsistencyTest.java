package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.editor.EditorField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the window's code reads exists in a UI bundle, and every key of a UI bundle is read
 * somewhere. The UI bundles are the window's messages and the Charts and Timeline views' bundle, both
 * loaded through {@link Texts}; the command line's bundle is checked by CliTextsTest, and the export
 * bundle's keys read by the service code are checked here too.
 */
class LocalizationConsistencyTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/com/computefolio/ui");
    private static final Path BUNDLES = Path.of("src/main/resources");
    /** Keys read directly: messages.get("k"), messages.format("k", ...), bundle.getString("k"). */
    private static final Pattern DIRECT = Pattern.compile("(?:messages\\.(?:get|format)|\\.getString)\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /** The bundles the window reads by key. */
    private static final List<String> UI_BUNDLES = List.of(Texts.MESSAGES, Texts.CHARTS);
    private static final Path SERVICE_SOURCES = Path.of("src/main/java/com/computefolio/service");
    /** Keys of the export bundle read through ChartText: text.get("k", ...), text.getOr("k", ...), text.get("family." + x). */
    private static final Pattern EXPORT_KEY = Pattern.compile("\\btext\\.(?:get|getOr)\\(\\s*\"([^\"]+)\"");
    /** Enums whose constants are labelled through Messages.label as enum.Type.CONSTANT. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(DealKind.class, DealStatus.class, Confidence.class,
            ValueBasis.class, MoneyDirection.class, EditorField.class, OptionKind.class, PartyRole.class, LinkType.class,
            CapacityBasis.class, ScheduleShape.class);

    /** A MessageFormat argument: {0}, {1,number,integer}, {2,choice,...}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static String code;
    private static Map<String, String> keyToBundle;

    @BeforeAll
    static void readSourcesAndBundles() throws IOException {
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(LocalizationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
        keyToBundle = new TreeMap<>();
        for (String bundle : UI_BUNDLES) {
            keys(bundle).forEach(key -> keyToBundle.put(key, bundle));
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        return file(bundle, "").stringPropertyNames();
    }

    /** A bundle's file as shipped: {@code suffix} "" for the base (English), "_ar" for Arabic. */
    private static Properties file(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle.replace('.', '/') + suffix + ".properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)); // as PropertyResourceBundle reads them
        }
        return properties;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    /** Every language shipped besides English, whose files must match the base files key for key. */
    private static List<java.util.Locale> translations() {
        return Texts.languages().stream().filter(l -> !l.equals(java.util.Locale.ENGLISH)).toList();
    }

    @Test
    void everyBundleIsCompleteInEveryShippedLanguageWithTheSameArguments() throws IOException {
        assertThat(translations()).as("languages besides English").isNotEmpty();
        for (java.util.Locale language : translations()) {
            for (String bundle : Texts.BUNDLES) {
                String suffix = "_" + language.getLanguage();
                Properties base = file(bundle, "");
                Properties translated = file(bundle, suffix);
                assertThat(translated.stringPropertyNames()).as(bundle + suffix + ": exactly the base file's keys")
                        .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
                Set<String> mismatched = new TreeSet<>();
                for (String key : base.stringPropertyNames()) {
                    String theirs = translated.getProperty(key);
                    if (theirs == null || !arguments(base.getProperty(key)).equals(arguments(theirs))
                            || (theirs.equals(base.getProperty(key)) && !sameInEveryLanguage(theirs))) {
                        mismatched.add(key);
                    }
                }
                assertThat(mismatched).as(bundle + suffix + ": keys whose {n} arguments differ from the base file, or left in English")
                        .isEmpty();
            }
        }
    }

    /**
     * Values a translation may keep as they are: names (Computefolio, English), placeholders and formats (YYYY-MM,
     * {0} · {1}), file names, and symbols; anything with a run of three Latin letters besides these is untranslated.
     */
    private static boolean sameInEveryLanguage(String value) {
        String words = value.replaceAll("\\{[^}]*}", "").replaceAll("Computefolio|English|YYYY|MM|DD|[a-z]+\\.db", "");
        return !words.matches("(?s).*[A-Za-z]{3,}.*");
    }

    @Test
    void everyTranslatedPatternIsAValidMessageFormat() throws IOException {
        for (java.util.Locale language : translations()) {
            for (String bundle : Texts.BUNDLES) {
                Properties translated = file(bundle, "_" + language.getLanguage());
                for (String key : translated.stringPropertyNames()) {
                    String value = translated.getProperty(key);
                    if (!arguments(value).isEmpty()) {
                        assertThat(new java.text.MessageFormat(value, language).getFormats()).as(bundle + ": " + key).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void theTranslatedBundlesLoadThroughTextsWithNothingTakenFromEnglish() throws IOException {
        Texts arabic = Texts.arabic();
        for (String bundle : Texts.BUNDLES) {
            Properties translated = file(bundle, "_ar");
            for (String key : translated.stringPropertyNames()) {
                assertThat(arabic.bundle(bundle).getString(key)).as(bundle + ": " + key).isEqualTo(translated.getProperty(key));
            }
        }
    }

    @Test
    void everyBundleOfTheApplicationIsAFileAndLoadsThroughTexts() throws IOException {
        for (String bundle : Texts.BUNDLES) {
            assertThat(keys(bundle)).as(bundle).isNotEmpty();
            assertThat(Texts.english().bundle(bundle).keySet()).as(bundle).containsExactlyInAnyOrderElementsOf(keys(bundle));
        }
    }

    @Test
    void everyKeyTheServiceCodeReadsIsInTheExportBundle() throws IOException {
        String services;
        try (Stream<Path> files = Files.walk(SERVICE_SOURCES)) {
            services = files.filter(p -> p.toString().endsWith(".java")).map(LocalizationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> exportKeys = keys(Texts.EXPORT);
        Set<String> read = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        Matcher key = EXPORT_KEY.matcher(services);
        while (key.find()) {
            String found = key.group(1);
            read.add(found);
            // "caveat." + flag: a family of computed keys, of which the bundle must have some.
            boolean present = found.endsWith(".") ? exportKeys.stream().anyMatch(k -> k.startsWith(found)) : exportKeys.contains(found);
            if (!present) {
                missing.add(found);
            }
        }
        assertThat(read).as("keys the service code reads through ChartText").isNotEmpty();
        assertThat(missing).as("keys read by the service code but missing from " + Texts.EXPORT).isEmpty();
    }

    /** The problems' bundle (ADR 0045): keyed by ProblemKey's names, English beside each key, no base file. */
    @Test
    void everyProblemKeyIsInEveryTranslationWithTheSameArgumentsAndNothingElse() throws IOException {
        Set<String> names = Arrays.stream(ProblemKey.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        for (java.util.Locale language : translations()) {
            String suffix = "_" + language.getLanguage();
            Properties translated = file(Texts.PROBLEMS, suffix);
            assertThat(translated.stringPropertyNames()).as(Texts.PROBLEMS + suffix + ": exactly ProblemKey's names")
                    .containsExactlyInAnyOrderElementsOf(names);
            Set<String> mismatched = new TreeSet<>();
            for (ProblemKey key : ProblemKey.values()) {
                String theirs = translated.getProperty(key.name());
                if (!arguments(key.english()).equals(arguments(theirs))
                        || (theirs.equals(key.english()) && !sameInEveryLanguage(theirs))) {
                    mismatched.add(key.name());
                }
                if (!arguments(theirs).isEmpty()) {
                    assertThat(new java.text.MessageFormat(theirs.replace("'", "''"), language).getFormats()).as(key.name()).isNotNull();
                }
            }
            assertThat(mismatched).as(Texts.PROBLEMS + suffix + ": keys whose {n} differ from the English, or left in English")
                    .isEmpty();
        }
    }

    @Test
    void theProblemsBundleLoadsThroughTextsAndEnglishComesFromTheKeys() throws IOException {
        Properties arabic = file(Texts.PROBLEMS, "_ar");
        java.util.ResourceBundle loaded = Texts.arabic().problemWords().orElseThrow();
        for (String key : arabic.stringPropertyNames()) {
            assertThat(loaded.getString(key)).as(key).isEqualTo(arabic.getProperty(key));
        }
        assertThat(Texts.english().problemWords()).isEmpty();
        assertThat(Files.exists(BUNDLES.resolve(Texts.PROBLEMS + ".properties"))).as("no English file: the keys carry it").isFalse();
    }

    /** Every key is said somewhere outside its own enum, so the bundle holds no sentence nothing says. */
    @Test
    void everyProblemKeyIsUsedByTheCode() throws IOException {
        String all;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/computefolio"))) {
            all = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("ProblemKey.java"))
                    .map(LocalizationConsistencyTest::read).collect(Collectors.joining("\n"));
        }
        Set<String> unused = Arrays.stream(ProblemKey.values()).map(Enum::name)
                .filter(name -> !Pattern.compile("\\b" + name + "\\b").matcher(all).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("problem keys no code says").isEmpty();
    }

    private static String read(Path file) {

        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyKeyTheCodeReadsIsInABundle() {
        Set<String> missing = new TreeSet<>();
        Matcher direct = DIRECT.matcher(code);
        while (direct.find()) {
            if (!keyToBundle.containsKey(direct.group(1))) {
                missing.add(direct.group(1));
            }
        }
        assertThat(missing).as("keys read by the UI code but missing from every UI bundle").isEmpty();
    }

    @Test
    void keysHandedAroundAsLiteralsExistToo() {
        Set<String> families = keyToBundle.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            String candidate = literal.group(1);
            boolean looksLikeAKey = families.contains(candidate.substring(0, candidate.indexOf('.')))
                    && !candidate.matches(".*\\.(csv|json|db|css|properties|png|svg|pdf|xlsx)$");
            if (looksLikeAKey && !keyToBundle.containsKey(candidate)) {
                missing.add(candidate);
            }
        }
        assertThat(missing).as("literals shaped like bundle keys (e.g. passed to a helper) that no UI bundle has").isEmpty();
    }

    @Test
    void everyKeyOfTheUiBundlesIsUsed() {
        Set<String> literals = new TreeSet<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        Set<String> unused = keyToBundle.keySet().stream()
                .filter(key -> !literals.contains(key) && !isLabelOfAnEnumConstant(key))
                .map(key -> keyToBundle.get(key) + ": " + key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("bundle keys no UI code reads").isEmpty();
    }

    @Test
    void everyLabelledEnumConstantHasALabel() {
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                if (!keyToBundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean isLabelOfAnEnumConstant(String key) {
        String[] parts = key.split("\\.");
        return parts.length == 3 && parts[0].equals("enum") && LABELLED.stream()
                .filter(type -> type.getSimpleName().equals(parts[1]))
                .anyMatch(type -> Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(parts[2])));
    }
}
