package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.ValueBasis;
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
 * somewhere. The UI bundles are i18n/messages plus every bundle the UI code loads by name
 * ({@code getBundle("i18n/charts")}), so the Charts and Timeline views are covered too.
 */
class LocalizationConsistencyTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/com/computefolio/ui");
    private static final Path BUNDLES = Path.of("src/main/resources");
    /** Keys read directly: messages.get("k"), messages.format("k", ...), bundle.getString("k"). */
    private static final Pattern DIRECT = Pattern.compile("(?:messages\\.(?:get|format)|\\.getString)\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern LOADED_BUNDLE = Pattern.compile("getBundle\\(\\s*\"(i18n/[a-z-]+)\"");
    /** Enums whose constants are labelled through Messages.label as enum.Type.CONSTANT. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(DealKind.class, DealStatus.class, Confidence.class,
            ValueBasis.class, MoneyDirection.class, EditorField.class);

    private static String code;
    private static Map<String, String> keyToBundle;

    @BeforeAll
    static void readSourcesAndBundles() throws IOException {
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(LocalizationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> bundles = new TreeSet<>(Set.of("i18n/messages"));
        Matcher loaded = LOADED_BUNDLE.matcher(code);
        while (loaded.find()) {
            bundles.add(loaded.group(1));
        }
        keyToBundle = new TreeMap<>();
        for (String bundle : bundles) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle + ".properties"))) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
            }
            properties.stringPropertyNames().forEach(key -> keyToBundle.put(key, bundle));
        }
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
