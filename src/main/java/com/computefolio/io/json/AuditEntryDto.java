package com.computefolio.io.json;

import com.computefolio.domain.audit.AuditAction;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One entry of a portfolio file's {@code audit} array (docs/format.md, "The audit trail"). Numbers
 * are whole numbers of JSON (the file format's integers); a register with more than 2^31 entries or
 * versions would be refused at export, never written wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryDto(
        @JsonProperty(required = true) Integer id,
        @JsonProperty(required = true) String at,
        @JsonProperty(required = true) String user,
        @JsonProperty(required = true) AuditAction action,
        @JsonProperty(required = true) String deal,
        @JsonProperty(required = true) Integer version,
        String reason,
        String file,
        @JsonProperty(required = true) List<FieldChangeDto> changes) {
}
