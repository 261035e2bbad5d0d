package com.computefolio.cli;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The deal filter every listing command shares, as a picocli mixin, so that {@code list},
 * {@code summary}, {@code timeline} and {@code export} select deals the same way the window does.
 * Repeating an option or separating values by commas both add to the set.
 */
public final class FilterOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--party", split = ",", paramLabel = "ID")
    private Set<String> parties = new LinkedHashSet<>();

    @Option(names = "--kind", split = ",", paramLabel = "KIND")
    private Set<DealKind> kinds = new LinkedHashSet<>();

    @Option(names = "--status", split = ",", paramLabel = "STATUS")
    private Set<DealStatus> statuses = new LinkedHashSet<>();

    @Option(names = "--confidence", split = ",", paramLabel = "LEVEL")
    private Set<Confidence> confidences = new LinkedHashSet<>();

    @Option(names = "--direction", split = ",", paramLabel = "DIRECTION")
    private Set<MoneyDirection> directions = new LinkedHashSet<>();

    @Option(names = "--from", paramLabel = "DATE")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    private LocalDate to;

    @Option(names = "--as-of", paramLabel = "DATE")
    private LocalDate asOf;

    @Option(names = "--search", paramLabel = "TEXT")
    private String text;

    /** The plain sum for comparison: umbrellas counted in full beside their parts. */
    @Option(names = "--gross")
    private boolean gross;

    /** The filter the options describe; a --from after --to is a usage error. */
    public DealFilter toFilter() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(mixee.commandLine(),
                    new CliMessages(mixee.resourceBundle()).get("error.fromAfterTo", from, to));
        }
        String search = text == null || text.isBlank() ? null : text.strip();
        return new DealFilter(search, parties, kinds, statuses, confidences, from, to, asOf, directions, gross);
    }
}
