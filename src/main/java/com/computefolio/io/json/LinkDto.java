package com.computefolio.io.json;

import com.computefolio.domain.LinkType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

public record LinkDto(
        @JsonProperty(required = true) LinkType type,
        @JsonProperty(required = true) @JsonPropertyDescription("a deal id") String deal) {
}
