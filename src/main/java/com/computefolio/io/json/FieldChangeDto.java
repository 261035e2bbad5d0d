package com.computefolio.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One field an audited write changed: its path in the deal, its text before ({@code from}) and after ({@code to}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldChangeDto(
        @JsonProperty(required = true) String path,
        String from,
        String to) {
}
