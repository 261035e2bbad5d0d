package com.computefolio.io.json;

import com.computefolio.domain.PartyKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyDto(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) PartyKind kind,
        @JsonPropertyDescription(TranslationDtos.EXPECTED) Map<String, PartyTranslationDto> translations) {

    /** A party without translations. */
    public PartyDto(String id, String name, PartyKind kind) {
        this(id, name, kind, null);
    }
}
