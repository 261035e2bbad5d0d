package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.ParsedFile;
import com.computefolio.testing.DealBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealsCsvRoundTripTest {

    private final DealsCsvWriter writer = new DealsCsvWriter();
    private final DealsCsvReader reader = new DealsCsvReader();

    private final List<Deal> deals = List.of(
            DealBuilder.deal("openai-aws").title("AWS, \"cloud\" capacity").value("38", ValueBasis.TOTAL_OVER_TERM)
                    .term("2025-11", 84).capacityGw("1.25").hardware("GB200/GB300").tags("stargate", "多年")
                    .notes("Line one\nline two, with a comma").status(DealStatus.ACTIVE).build(),
            DealBuilder.deal("formula-deal").title("=HYPERLINK(\"http://evil\")").notes("-2+3").tags("@risk", "'=kept")
                    .undisclosed().hardware("+GPU").build(),
            DealBuilder.deal("unicode-deal").title("صفقة الحوسبة 🚀").valueMajor("12.50", "EUR", ValueBasis.PER_YEAR)
                    .term("2026-01", 12).build());

    @Test
    void aCsvWrittenFromDealsReadsBackAndWritesTheSameBytes() throws IOException {
        byte[] first = csv(deals);

        ParsedFile read = reader.parse("deals.csv", new String(first, StandardCharsets.UTF_8));
        byte[] second = csv(read.dealValues());

        assertThat(read.problems()).isEmpty();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void dealsReadFromCsvKeepEveryColumnExactly() throws IOException {
        List<Deal> back = reader.parse("deals.csv", new String(csv(deals), StandardCharsets.UTF_8)).dealValues();

        assertThat(back).hasSize(3);
        Deal aws = back.get(0);
        assertThat(aws.title()).isEqualTo("AWS, \"cloud\" capacity");
        assertThat(aws.notes()).isEqualTo("Line one\nline two, with a comma");
        assertThat(aws.tags()).containsExactly("stargate", "多年");
        assertThat(aws.current().capacity()).isEqualTo(Capacity.ofGigawatts("1.25"));
        assertThat(aws.current().value().amount()).isEqualTo(deals.get(0).current().value().amount());
        assertThat(aws.current().value().sources()).singleElement().satisfies(source -> {
            assertThat(source.id()).as("CSV has no source ids; one is derived from the source").startsWith("csv-");
            assertThat(source).usingRecursiveComparison().ignoringFields("id").isEqualTo(DealBuilder.source("S1"));
        });
        assertThat(aws.current().status()).isEqualTo(DealStatus.ACTIVE);
        Deal formula = back.get(1);
        assertThat(formula.title()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(formula.notes()).isEqualTo("-2+3");
        assertThat(formula.tags()).containsExactly("@risk", "'=kept");
        assertThat(formula.current().hardware()).isEqualTo("+GPU");
        assertThat(back.get(2).title()).isEqualTo("صفقة الحوسبة 🚀");
        assertThat(back.get(2).current().value().amount().toString()).isEqualTo("EUR 12.50");
        assertThat(readAgain(back)).isEqualTo(back);
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenGuarded() throws IOException {
        String text = new String(csv(deals), StandardCharsets.UTF_8);

        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "'-2+3", "'+GPU", "'@risk;'=kept");
        assertThat(text).startsWith("\uFEFFid,title,").contains("\r\n");
    }

    private List<Deal> readAgain(List<Deal> read) throws IOException {
        return reader.parse("again.csv", new String(csv(read), StandardCharsets.UTF_8)).dealValues();
    }

    private byte[] csv(List<Deal> toWrite) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(toWrite, null, out);
        return out.toByteArray();
    }
}
