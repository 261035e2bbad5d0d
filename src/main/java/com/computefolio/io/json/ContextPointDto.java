package com.computefolio.io.json;

import com.computefolio.domain.Confidence;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextPointDto(
        @JsonProperty(required = true) @JsonPropertyDescription("a year (\"2025\") or a month (\"2026-02\")") String period,
        @JsonProperty(required = true) @JsonPropertyDescription("a decimal string such as \"13.1\"") String value,
        @JsonProperty(required = true) Confidence confidence,
        @JsonPropertyDescription("an array of source ids") List<String> sources,
        String note) {
}
