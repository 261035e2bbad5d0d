package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesCsvWriterTest {

    private final SeriesCsvWriter writer = new SeriesCsvWriter();

    @Test
    void writesOneRowPerPeriodAndOneColumnPerSeries() throws IOException {
        SeriesTable table = new SeriesTable("year", List.of("2025", "2026", "2027"), List.of(
                new SeriesTable.Column("Amazon (AWS)", List.of(new BigDecimal("5.43"), new BigDecimal("5.43"), BigDecimal.ZERO)),
                new SeriesTable.Column("Oracle, Inc.", Arrays.asList(null, new BigDecimal("60"), new BigDecimal("1E+3")))));

        assertThat(csv(table)).isEqualTo("\uFEFF"
                + "year,Amazon (AWS),\"Oracle, Inc.\"\r\n"
                + "2025,5.43,\r\n"
                + "2026,5.43,60\r\n"
                + "2027,0,1000\r\n");
    }

    @Test
    void headingsThatLookLikeFormulasAreGuarded() throws IOException {
        SeriesTable table = new SeriesTable("period", List.of("2025"), List.of(
                new SeriesTable.Column("=cmd|' /C calc'!A0", List.of(BigDecimal.ONE))));

        assertThat(csv(table)).contains("'=cmd|' /C calc'!A0");
    }

    @Test
    void aSeriesWithTheWrongNumberOfValuesIsRefused() {
        assertThatThrownBy(() -> new SeriesTable("period", List.of("2025", "2026"),
                List.of(new SeriesTable.Column("a", List.of(BigDecimal.ONE)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 periods");
    }

    private String csv(SeriesTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
