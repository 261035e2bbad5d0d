package com.computefolio.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A portfolio file as written on disk (docs/format.md); the field order here is the order written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortfolioFileDto(
        @JsonProperty(required = true) @JsonPropertyDescription("\"" + PortfolioFileDto.FORMAT + "\"") String format,
        @JsonProperty(required = true) @JsonPropertyDescription("the whole number 1 or 2") Integer formatVersion,
        String name,
        List<SourceDto> sources,
        List<PartyDto> parties,
        List<DealDto> deals,
        List<ContextSeriesDto> contextSeries,
        List<AuditEntryDto> audit) {

    public static final String FORMAT = "computefolio-portfolio";
    public static final int CURRENT_VERSION = 2;
    /** The first version, still read, and written on request where it loses nothing. */
    public static final int VERSION_1 = 1;

    /** The same file with the register's audit trail after everything else (written by exports; ignored on import). */
    public PortfolioFileDto withAudit(List<AuditEntryDto> entries) {
        return new PortfolioFileDto(format, formatVersion, name, sources, parties, deals, contextSeries, entries);
    }
}
