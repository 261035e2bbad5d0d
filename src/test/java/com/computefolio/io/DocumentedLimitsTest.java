package com.computefolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealLimits;
import com.computefolio.domain.TextRule;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The limits docs/format.md lists are the limits the code enforces: each row of its table names
 * a constant, whose value must be the number the row states, and every limit constant has a row.
 * docs/reliability.md once said 100 MB while the code said 256 MB; this keeps them from drifting.
 */
class DocumentedLimitsTest {

    private static final Path FORMAT = Path.of("docs/format.md");
    private static final Path RELIABILITY = Path.of("docs/reliability.md");
    /** "| Deal title | 300 characters | `DealLimits.TITLE` |" */
    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\| ([\\d,]+)[^|]* \\| `((?:Input|Deal)Limits)\\.(\\w+)` \\|$",
            Pattern.MULTILINE);

    @Test
    void everyLimitInFormatMdIsTheConstantItNames() throws Exception {
        Map<String, Long> documented = documentedLimits();

        assertThat(documented).isNotEmpty();
        for (Map.Entry<String, Long> limit : documented.entrySet()) {
            assertThat(limit.getValue()).as(limit.getKey()).isEqualTo(valueOf(limit.getKey()));
        }
    }

    @Test
    void everyLimitConstantIsDocumentedInFormatMd() throws Exception {
        Map<String, Long> documented = documentedLimits();

        for (Class<?> limits : new Class<?>[] {InputLimits.class, DealLimits.class}) {
            Arrays.stream(limits.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                    .forEach(f -> assertThat(documented).as("docs/format.md").containsKey(limits.getSimpleName() + "." + f.getName()));
        }
    }

    @Test
    void reliabilityMdStatesTheFileSizeLimitOfTheCode() throws IOException {
        String text = Files.readString(RELIABILITY, StandardCharsets.UTF_8);
        Matcher sizes = Pattern.compile("over (\\d+) MB").matcher(text);

        assertThat(sizes.find()).as("docs/reliability.md names the size limit").isTrue();
        do {
            assertThat(Long.parseLong(sizes.group(1)) * 1024 * 1024).as(sizes.group()).isEqualTo(InputLimits.MAX_FILE_BYTES);
        } while (sizes.find());
    }

    private static Map<String, Long> documentedLimits() throws IOException {
        Map<String, Long> limits = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(FORMAT, StandardCharsets.UTF_8));
        while (row.find()) {
            limits.put(row.group(2) + "." + row.group(3), Long.parseLong(row.group(1).replace(",", "")));
        }
        return limits;
    }

    private static long valueOf(String constant) throws ReflectiveOperationException {
        String[] parts = constant.split("\\.");
        Class<?> owner = parts[0].equals("InputLimits") ? InputLimits.class : DealLimits.class;
        Field field = owner.getField(parts[1]);
        Object value = field.get(null);
        return value instanceof TextRule rule ? rule.maxChars() : ((Number) value).longValue();
    }
}
