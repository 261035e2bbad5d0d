package com.computefolio.io.json;

import com.computefolio.domain.ScheduleShape;
import com.computefolio.io.DateFields;
import com.computefolio.io.DecimalFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One schedule leg; its amount is in the currency of the revision's value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegDto(
        String label,
        @JsonProperty(required = true) @JsonPropertyDescription(DateFields.MONTH_EXPECTED) String start,
        @JsonProperty(required = true) @JsonPropertyDescription("a whole number of months, at least 1") Integer months,
        @JsonProperty(required = true) ScheduleShape shape,
        @JsonPropertyDescription(DecimalFields.AMOUNT_EXPECTED) String amount,
        @JsonPropertyDescription(DecimalFields.CAPACITY_EXPECTED) String capacityGw,
        @JsonPropertyDescription("true or false") Boolean prepayment) {
}
