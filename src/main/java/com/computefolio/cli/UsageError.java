package com.computefolio.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A usage error our own code found after parsing (a combination of options that makes no sense, an unknown view or
 * party), worded from the bundle in the reader's language already; picocli's own usage errors are worded by
 * {@link UsageErrorTexts} from their typed parts.
 */
final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;

    UsageError(CommandLine command, String worded) {
        super(command, worded);
    }
}
