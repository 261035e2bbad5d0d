package com.computefolio.io.json;

import com.computefolio.domain.OptionKind;
import com.computefolio.io.DateFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A renewal, extension or expansion option of a revision (format version 2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OptionDto(
        @JsonProperty(required = true) OptionKind kind,
        String label,
        @JsonPropertyDescription("a whole number of months, at least 1") Integer months,
        @JsonPropertyDescription(DateFields.MONTH_EXPECTED) String exerciseFrom,
        @JsonPropertyDescription(DateFields.MONTH_EXPECTED) String exerciseUntil,
        @JsonProperty(required = true) FigureDto value) {
}
