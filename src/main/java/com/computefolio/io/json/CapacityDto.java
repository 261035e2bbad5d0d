package com.computefolio.io.json;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.Confidence;
import com.computefolio.io.DecimalFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A revision's capacity as a figure (format version 2; version 1 has a bare capacityGw). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityDto(
        @JsonProperty(required = true) CapacityBasis basis,
        @JsonProperty(required = true) @JsonPropertyDescription(DecimalFields.CAPACITY_EXPECTED) String gw,
        Confidence confidence,
        @JsonPropertyDescription("an array of source ids") List<String> sources,
        @JsonPropertyDescription("true or false") Boolean unsourced,
        String label) {
}
