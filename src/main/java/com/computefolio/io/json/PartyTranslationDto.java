package com.computefolio.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A party's texts in one language (format version 2, ADR 34): its name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyTranslationDto(String name) {
}
