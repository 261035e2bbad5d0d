package com.computefolio.io.json;

import com.computefolio.domain.DealStatus;
import com.computefolio.io.DateFields;
import com.computefolio.io.DecimalFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionDto(
        @JsonProperty(required = true) @JsonPropertyDescription(DateFields.DATE_EXPECTED) String knownFrom,
        String change,
        @JsonProperty(required = true) DealStatus status,
        @JsonProperty(required = true) FigureDto value,
        List<FigureDto> otherFigures,
        TermDto term,
        @JsonPropertyDescription(DecimalFields.CAPACITY_EXPECTED) String capacityGw,
        CapacityDto capacity,
        String hardware,
        List<OptionDto> options,
        List<ExitRightDto> exitRights,
        List<LegDto> schedule,
        @JsonPropertyDescription("an array of source ids") List<String> sources,
        String notes) {
}
