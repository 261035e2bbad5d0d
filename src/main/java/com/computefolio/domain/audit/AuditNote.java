package com.computefolio.domain.audit;

/**
 * What the person writing says about a write: why (optional) and, for an import, from which files.
 *
 * @param reason the reason the user gave, or null
 * @param file   the names of the imported files, or null when not an import
 */
public record AuditNote(String reason, String file) {

    public static final AuditNote NONE = new AuditNote(null, null);

    public AuditNote {
        reason = blankToNull(reason);
        file = blankToNull(file);
    }

    public static AuditNote because(String reason) {
        return new AuditNote(reason, null);
    }

    public AuditNote withFile(String fileNames) {
        return new AuditNote(reason, fileNames);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
