package com.computefolio.cli;

import com.computefolio.domain.ContextSeries;
import com.computefolio.service.chart.OverlayNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --overlay revenue,loss,...}: the register's context series drawn as lines over the
 * commitments charts, named by id or by kind. A name the register does not know is a usage error
 * that lists the names it does know.
 */
public final class OverlayOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--overlay", split = ",", paramLabel = "NAME")
    private List<String> names = new ArrayList<>();

    /** The names asked for, each known to the register; empty when none were asked for. */
    List<String> checked(List<ContextSeries> register, CliMessages messages) {
        Optional<String> unknown = OverlayNames.firstUnknown(register, names);
        if (unknown.isPresent()) {
            List<String> known = OverlayNames.known(register);
            throw new UsageError(mixee.commandLine(), known.isEmpty()
                    ? messages.get("overlay.error.none", unknown.get())
                    : messages.get("overlay.error.unknown", unknown.get(), String.join(", ", known)));
        }
        return List.copyOf(names);
    }

    boolean asked() {
        return !names.isEmpty();
    }
}
