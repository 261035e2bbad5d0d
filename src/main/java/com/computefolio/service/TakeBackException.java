package com.computefolio.service;

import com.computefolio.domain.Problem;
import java.util.List;

/**
 * An import was refused because it would take back revisions the register has of some deals (the
 * files are older than the register for them). Nothing was written; importing again with
 * "replace" takes them back. The window asks before doing so, the command line wants {@code --replace}.
 */
public class TakeBackException extends ValidationException {
    private final List<String> dealIds;

    public TakeBackException(List<Problem> problems, List<String> dealIds) {
        super(problems);
        this.dealIds = List.copyOf(dealIds);
    }

    /** The deals the import would take back, in file order. */
    public List<String> dealIds() {
        return dealIds;
    }
}
