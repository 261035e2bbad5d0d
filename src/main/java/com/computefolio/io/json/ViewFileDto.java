package com.computefolio.io.json;

import java.util.List;

/**
 * The user's saved views as stored in {@code views.json} beside the database (ADR 22). Plain
 * strings: the service layer checks and maps them, naming the entry and field of any mistake.
 */
public record ViewFileDto(Integer formatVersion, List<Entry> views) {

    public static final int FORMAT_VERSION = 1;

    /**
     * One saved view: a name and the filter with its scenario; ids, enum names and ISO dates as text.
     * {@code groupBy} and {@code columns} (the deals table's visible columns in order) are optional:
     * entries written before them still read, and mean "not part of this view".
     */
    public record Entry(String name, String search, List<String> parties, List<String> buyers, List<String> counterparties,
                        List<String> notParties, List<String> kinds, List<String> statuses, List<String> confidences,
                        List<String> directions, String from, String to, String asOf, String scenario, Integer delayMonths,
                        String haircutPercent, Boolean gross, String groupBy, List<String> columns) {
    }
}
