package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.ProblemText;
import com.computefolio.io.DateFields;
import com.computefolio.io.DecimalFields;
import java.util.Map;

/**
 * The DTOs' field descriptions (the schema's English, {@code @JsonPropertyDescription}) as a problem says them, so
 * "expected ..." reaches each reader in their language. A test checks every description of every DTO is here;
 * one that is not falls back to the kind of value the field holds.
 */
final class FieldDescriptions {

    private static final Map<String, ProblemText> SAID = Map.ofEntries(
            Map.entry("\"" + PortfolioFileDto.FORMAT + "\"", say(EXPECT_QUOTED, PortfolioFileDto.FORMAT)),
            Map.entry("\"USD_BILLIONS\" or \"GW\"", say(EXPECT_UNIT)),
            Map.entry("a 3-letter ISO currency code such as \"USD\"", say(EXPECT_CURRENCY_SHORT)),
            Map.entry("a deal id", say(EXPECT_DEAL_ID)),
            Map.entry("a decimal string such as \"13.1\"", say(EXPECT_DECIMAL_EXAMPLE)),
            Map.entry("a party id (required in format version 2)", say(EXPECT_PARTY_ID_V2)),
            Map.entry("a party id", say(EXPECT_PARTY_ID)),
            Map.entry("a percentage as a decimal string such as \"80\"", say(EXPECT_SHARE_PERCENTAGE)),
            Map.entry("a whole number of days, at least 1", say(EXPECT_WHOLE_DAYS)),
            Map.entry("a whole number of months, at least 1", say(EXPECT_WHOLE_MONTHS)),
            Map.entry("a year (\"2025\") or a month (\"2026-02\")", say(EXPECT_PERIOD)),
            Map.entry("an array of at least one revision", say(EXPECT_REVISIONS)),
            Map.entry("an array of source ids", say(EXPECT_SOURCE_IDS)),
            Map.entry("an array of source ids, at least one unless unsourced", say(EXPECT_SOURCE_IDS_UNLESS_UNSOURCED)),
            Map.entry("an http:// or https:// URL", say(EXPECT_HTTP_URL)),
            Map.entry("parties in roles (format version 2)", say(EXPECT_ROLES)),
            Map.entry("the whole number 1 or 2", say(EXPECT_FORMAT_VERSIONS)),
            Map.entry("true or false", say(KIND_BOOLEAN)),
            Map.entry(DateFields.DATE_EXPECTED, DateFields.DATE_EXPECTATION),
            Map.entry(DateFields.MONTH_EXPECTED, DateFields.MONTH_EXPECTATION),
            Map.entry(DecimalFields.AMOUNT_EXPECTED, DecimalFields.AMOUNT_EXPECTATION),
            Map.entry(DecimalFields.CAPACITY_EXPECTED, DecimalFields.CAPACITY_EXPECTATION),
            Map.entry(TranslationDtos.EXPECTED, say(EXPECT_TRANSLATIONS)));

    private FieldDescriptions() {
    }

    /** The description as a problem says it, or null if it has no key yet. */
    static ProblemText said(String description) {
        return SAID.get(description);
    }
}
