package com.computefolio.io.json;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.DecimalFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureDto(
        @JsonProperty(required = true) ValueBasis basis,
        @JsonPropertyDescription(DecimalFields.AMOUNT_EXPECTED) String amount,
        @JsonPropertyDescription("a 3-letter ISO currency code such as \"USD\"") String currency,
        @JsonPropertyDescription(DecimalFields.AMOUNT_EXPECTED) String low,
        @JsonPropertyDescription(DecimalFields.AMOUNT_EXPECTED) String high,
        @JsonProperty(required = true) Confidence confidence,
        @JsonProperty(required = true) @JsonPropertyDescription("an array of source ids, at least one unless unsourced") List<String> sources,
        @JsonPropertyDescription("true or false") Boolean unsourced,
        String label) {
}
