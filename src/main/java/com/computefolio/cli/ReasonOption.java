package com.computefolio.cli;

import com.computefolio.domain.audit.AuditNote;
import picocli.CommandLine.Option;

/** {@code --reason TEXT} of the commands that change the register: kept with the change in the audit trail. */
final class ReasonOption {

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "reason")
    private String reason;

    AuditNote note() {
        return AuditNote.because(reason);
    }
}
