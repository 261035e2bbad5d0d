package com.computefolio.io.json;

import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a portfolio file (docs/format.md): UTF-8 without byte-order mark, pretty-printed, deals and
 * parties in stored order, only the sources that are cited, sorted by id, amounts as decimal
 * strings. The same portfolio always gives the same bytes, so files diff cleanly under version control.
 */
public final class PortfolioJsonWriter {

    private final ObjectMapper mapper = PortfolioJsonMapper.create();
    private final ObjectWriter writer = PortfolioJsonMapper.prettyWriter(mapper)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final PortfolioDtoAssembler assembler;

    /** A writer of the current format version. */
    public PortfolioJsonWriter() {
        this(PortfolioFileDto.CURRENT_VERSION);
    }

    /**
     * @param formatVersion 2 (current) or 1; version 1 only for a portfolio {@link VersionOneLosses} finds
     *                      nothing to lose in (it leaves out what version 1 has no field for)
     */
    public PortfolioJsonWriter(int formatVersion) {
        if (formatVersion != PortfolioFileDto.CURRENT_VERSION && formatVersion != PortfolioFileDto.VERSION_1) {
            throw new IllegalArgumentException("no portfolio format version " + formatVersion);
        }
        this.assembler = new PortfolioDtoAssembler(formatVersion);
    }

    public void write(Portfolio portfolio, OutputStream out) throws IOException {
        writer.writeValue(out, assembler.assemble(portfolio));
        out.write('\n');
    }

    /**
     * As {@link #write(Portfolio, OutputStream)}, with the register's audit trail as the file's
     * {@code audit} array (oldest first; none when the list is empty).
     */
    public void write(Portfolio portfolio, List<AuditEntry> audit, OutputStream out) throws IOException {
        PortfolioFileDto file = assembler.assemble(portfolio);
        writer.writeValue(out, audit.isEmpty() ? file : file.withAudit(audit.stream().map(PortfolioJsonWriter::entry).toList()));
        out.write('\n');
    }

    /** Atomically, with the audit trail: see {@link #write(Portfolio, List, OutputStream)}. */
    public void write(Portfolio portfolio, List<AuditEntry> audit, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(portfolio, audit, out));
    }

    private static AuditEntryDto entry(AuditEntry e) {
        return new AuditEntryDto(Math.toIntExact(e.id()), e.at().toString(), e.user(), e.action(), e.dealId(),
                Math.toIntExact(e.version()), e.reason(), e.file(),
                e.changes().stream().map(c -> new FieldChangeDto(c.path(), c.oldValue(), c.newValue())).toList());
    }

    /** Writes atomically: readers of {@code file} see the old content or the complete new one. */
    public void write(Portfolio portfolio, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(portfolio, out));
    }

    /**
     * The portfolio file followed by extra top-level fields, for output that adds to it (the command
     * line's {@code list --format json} appends its as-of date and totals); its deals, parties and
     * sources stay exactly as in a file. Values are written as Jackson writes them (null, strings,
     * numbers, maps), in the map's order.
     */
    public String toJson(Portfolio portfolio, Map<String, Object> extraFields) {
        ObjectNode tree = mapper.valueToTree(assembler.assemble(portfolio));
        extraFields.forEach(tree::putPOJO);
        try {
            return writer.writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a portfolio tree", e);
        }
    }

    public String toJson(Portfolio portfolio) {
        try {
            return writer.writeValueAsString(assembler.assemble(portfolio)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise portfolio DTOs", e);
        }
    }
}
