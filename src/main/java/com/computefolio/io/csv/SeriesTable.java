package com.computefolio.io.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of periods by series, as chart exporters hand it to {@link SeriesCsvWriter}: one label per
 * period and, for each series, one value per period in the unit the caller chose (major currency
 * units, billions, gigawatts). A null value is written as an empty cell (no data), not as zero.
 *
 * @param periodHeader the heading of the period column, e.g. "period" or "quarter"
 */
public record SeriesTable(String periodHeader, List<String> periods, List<Column> columns) {

    public SeriesTable {
        Objects.requireNonNull(periodHeader, "periodHeader");
        periods = List.copyOf(periods);
        columns = List.copyOf(columns);
        for (Column column : columns) {
            if (column.values().size() != periods.size()) {
                throw new IllegalArgumentException("series " + column.name() + " has " + column.values().size()
                        + " values for " + periods.size() + " periods");
            }
        }
    }

    /** One series: its heading and one value per period (null for none). */
    public record Column(String name, List<BigDecimal> values) {
        public Column {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
