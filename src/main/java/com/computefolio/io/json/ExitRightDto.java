package com.computefolio.io.json;

import com.computefolio.io.DateFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A party's right to leave on notice (format version 2); informative. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExitRightDto(
        @JsonProperty(required = true) @JsonPropertyDescription("a party id") String party,
        @JsonProperty(required = true) @JsonPropertyDescription("a whole number of days, at least 1") Integer noticeDays,
        @JsonPropertyDescription(DateFields.MONTH_EXPECTED) String from,
        String label) {
}
