package com.computefolio.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextSeriesDto(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonPropertyDescription("a party id (required in format version 2)") String party,
        @JsonProperty(required = true) @JsonPropertyDescription("\"USD_BILLIONS\" or \"GW\"") String unit,
        List<ContextPointDto> points) {
}
