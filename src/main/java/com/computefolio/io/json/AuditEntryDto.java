package com.computefolio.io.json;

import com.computefolio.domain.audit.AuditAction;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One entry of a portfolio file's {@code audit} array (docs/format.md, "The audit trail"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryDto(
        @JsonProperty(required = true) Long id,
        @JsonProperty(required = true) String at,
        @JsonProperty(required = true) String user,
        @JsonProperty(required = true) AuditAction action,
        @JsonProperty(required = true) String deal,
        @JsonProperty(required = true) Long version,
        String reason,
        String file,
        @JsonProperty(required = true) List<FieldChangeDto> changes) {
}
