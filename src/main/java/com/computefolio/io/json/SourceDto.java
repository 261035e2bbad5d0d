package com.computefolio.io.json;

import com.computefolio.io.DateFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceDto(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String publisher,
        String title,
        @JsonProperty(required = true) @JsonPropertyDescription("an http:// or https:// URL") String url,
        @JsonPropertyDescription(DateFields.DATE_EXPECTED) String published,
        String quote) {
}
