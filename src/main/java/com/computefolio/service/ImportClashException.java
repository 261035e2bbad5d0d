package com.computefolio.service;

import com.computefolio.domain.Problem;
import java.util.List;

/**
 * The files use party or source ids that the register has with other content; the import wrote
 * nothing and waits for the user's choice ({@link ImportOptions.Clashes#KEEP_EXISTING} or
 * {@link ImportOptions.Clashes#REPLACE}). Each problem shows both versions side by side.
 */
public class ImportClashException extends ValidationException {
    private final List<Clash> clashes;

    /** One id as the register has it and as a file has it. */
    public record Clash(boolean party, String id, String existing, String incoming) {
    }

    public ImportClashException(List<Problem> problems, List<Clash> clashes) {
        super(problems);
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
