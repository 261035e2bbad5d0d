package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.ParsedFile;
import com.computefolio.testing.DealBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR 21 in deals.csv: the value_unsourced column marks a value whose source is not yet found, and older files without it still read. */
class DealsCsvUnsourcedTest {

    private static final String OLD_HEADER = "id,title,buyer,counterparty,kind,direction,announced,status,basis,amount,currency,"
            + "confidence,term_start,term_months,capacity_gw,hardware,source_publisher,source_title,source_url,source_published,"
            + "source_quote,tags,notes";

    private final DealsCsvReader reader = new DealsCsvReader();

    @Test
    void anUnsourcedValueIsMarkedTrueAndReadsBackUnsourcedWithoutASource() throws IOException {
        Deal draft = DealBuilder.deal("draft").value("20", ValueBasis.AT_LEAST).term("2026-03", 36).unsourced().build();
        Deal sourced = DealBuilder.deal("sourced").value("38", ValueBasis.TOTAL_OVER_TERM).build();

        String csv = csv(List.of(draft, sourced));
        List<String> lines = csv.lines().toList();
        ParsedFile read = reader.parse("deals.csv", csv);

        assertThat(lines.get(0)).endsWith(",notes,value_unsourced");
        assertThat(lines.get(1)).startsWith("draft,").endsWith(",true");
        assertThat(lines.get(2)).startsWith("sourced,").endsWith(",");
        assertThat(read.problems()).isEmpty();
        assertThat(read.dealValues().get(0).current().value().unsourced()).isTrue();
        assertThat(read.dealValues().get(0).current().value().sources()).isEmpty();
        assertThat(read.dealValues().get(1).current().value().unsourced()).isFalse();
    }

    @Test
    void aFileWrittenBeforeTheColumnExistedStillReads() {
        String row = "aws,AWS,openai,amazon,CLOUD_SERVICES,COMMITMENT,2025-11-03,ACTIVE,TOTAL_OVER_TERM,38000000000,USD,OFFICIAL,"
                + "2025-11,84,,,Reuters,AWS deal,https://example.com/aws,2025-11-03,,,";

        ParsedFile read = reader.parse("old.csv", OLD_HEADER + "\r\n" + row + "\r\n");

        assertThat(read.problems()).extracting(Problem::describe).isEmpty();
        assertThat(read.dealValues()).singleElement().satisfies(d -> assertThat(d.current().value().unsourced()).isFalse());
    }

    @Test
    void anythingButTrueOrEmptyIsRefusedWithItsLineAndColumn() {
        String row = "aws,AWS,openai,amazon,CLOUD_SERVICES,COMMITMENT,2025-11-03,ACTIVE,TOTAL_OVER_TERM,38000000000,USD,OFFICIAL,"
                + "2025-11,84,,,,,,,,,,yes";

        ParsedFile read = reader.parse("deals.csv", OLD_HEADER + ",value_unsourced\r\n" + row + "\r\n");

        assertThat(read.problems()).extracting(Problem::describe)
                .anySatisfy(p -> assertThat(p).contains("deals.csv:2:", "value_unsourced", "\"yes\""));
    }

    private static String csv(List<Deal> deals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DealsCsvWriter().write(deals, null, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
}
