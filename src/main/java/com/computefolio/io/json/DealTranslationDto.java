package com.computefolio.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A deal's texts in one language (format version 2, ADR 34): its title and notes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DealTranslationDto(String title, String notes) {
}
