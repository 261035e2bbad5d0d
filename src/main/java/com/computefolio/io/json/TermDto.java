package com.computefolio.io.json;

import com.computefolio.io.DateFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A term: {@code start} and either {@code months} or {@code end}; files are written with {@code months}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermDto(
        @JsonProperty(required = true) @JsonPropertyDescription(DateFields.MONTH_EXPECTED) String start,
        @JsonPropertyDescription("a whole number of months, at least 1") Integer months,
        @JsonPropertyDescription(DateFields.MONTH_EXPECTED) String end,
        @JsonPropertyDescription("true or false") Boolean assumed,
        @JsonPropertyDescription("true or false") Boolean openEnded,
        @JsonPropertyDescription("a whole number of months, at least 1") Integer noticeMonths) {
}
