package com.computefolio.io.json;

import com.computefolio.domain.PartyKind;
import com.fasterxml.jackson.annotation.JsonProperty;

public record PartyDto(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) PartyKind kind) {
}
