package com.computefolio.service.export;

import java.util.List;

/**
 * An export as portfolio format version 1 that would lose what only version 2 holds; nothing was
 * written. {@link #losses()} names each deal (or series) and field.
 */
public final class FormatVersionLossException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> losses;

    public FormatVersionLossException(List<String> losses) {
        super("format version 1 would lose " + losses.size() + " fields");
        this.losses = List.copyOf(losses);
    }

    public List<String> losses() {
        return losses;
    }
}
