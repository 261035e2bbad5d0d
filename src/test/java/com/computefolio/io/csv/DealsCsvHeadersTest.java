package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.ParsedFile;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.DealBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** deals.csv headed in the chosen language, its data unchanged, and read back from a header in any shipped language. */
class DealsCsvHeadersTest {

    private final DealsCsvReader reader = new DealsCsvReader(DealsCsvHeaders.of(Texts.exportInEveryLanguage()));
    private final List<Deal> deals = List.of(
            DealBuilder.deal("openai-aws").title("AWS, \"cloud\" capacity").value("38", ValueBasis.TOTAL_OVER_TERM)
                    .term("2025-11", 84).capacityGw("1.25").hardware("GB200/GB300").tags("stargate", "سحابة")
                    .status(DealStatus.ACTIVE).build(),
            DealBuilder.deal("unicode-deal").title("صفقة الحوسبة").valueMajor("12.50", "EUR", ValueBasis.PER_YEAR)
                    .term("2026-01", 12).build());

    private String csv(DealsCsvWriter writer, List<Deal> written) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(written, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String header(String csv) {
        return csv.substring(0, csv.indexOf('\n')).replace("\uFEFF", "").strip();
    }

    private static String data(String csv) {
        return csv.substring(csv.indexOf('\n') + 1);
    }

    @Test
    void anArabicExportIsHeadedInArabicAndItsDataIsTheEnglishOnes() throws IOException {
        String arabic = csv(new DealsCsvWriter(Texts.arabic().export()), deals);
        String english = csv(new DealsCsvWriter(Texts.english().export()), deals);

        assertThat(header(arabic)).startsWith("المعرّف,العنوان,المشتري,الطرف المقابل,").doesNotContainPattern("[A-Za-z]");
        assertThat(data(arabic)).isEqualTo(data(english));
        assertThat(english).as("English is the format's own column names, as before").isEqualTo(csv(new DealsCsvWriter(), deals));
    }

    @Test
    void aFileExportedInArabicImportsBackIdentically() throws IOException {
        String arabic = csv(new DealsCsvWriter(Texts.arabic().export()), deals);

        ParsedFile read = reader.parse("deals.csv", arabic);

        assertThat(read.problems()).isEmpty();
        assertThat(csv(new DealsCsvWriter(Texts.arabic().export()), read.dealValues())).isEqualTo(arabic);
        ParsedFile english = reader.parse("deals.csv", csv(new DealsCsvWriter(), deals));
        assertThat(read.dealValues()).usingRecursiveComparison().isEqualTo(english.dealValues());
    }

    @Test
    void anUnknownHeaderWordIsStillReportedWithTheColumnsExpected() throws IOException {
        String arabic = csv(new DealsCsvWriter(Texts.arabic().export()), deals).replaceFirst("العنوان", "عنوان خاطئ");

        ParsedFile read = reader.parse("deals.csv", arabic);

        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.path()).isEqualTo("عنوان خاطئ");
        });
    }

    @Test
    void aReaderToldOfNoLanguageReadsTheFormatsOwnNamesOnly() throws IOException {
        String arabic = csv(new DealsCsvWriter(Texts.arabic().export()), deals);

        assertThat(new DealsCsvReader().parse("deals.csv", arabic).problems()).isNotEmpty();
        assertThat(new DealsCsvReader().parse("deals.csv", csv(new DealsCsvWriter(), deals)).problems()).isEmpty();
    }
}
