package com.computefolio.cli;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.service.DealFilter;
import com.computefolio.service.PartyNames;
import com.computefolio.service.PartyRoles;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import com.computefolio.service.GroupBy;
import com.computefolio.service.view.SavedView;
import com.computefolio.service.view.ViewFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The deal filter every listing command shares, as a picocli mixin, so that {@code list},
 * {@code summary}, {@code timeline} and {@code export} select deals the same way the window does.
 * Repeating an option or separating values by commas both add to the set.
 */
public final class FilterOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--party", split = ",", paramLabel = "PARTY")
    private Set<String> parties = new LinkedHashSet<>();

    @Option(names = "--buyer", split = ",", paramLabel = "PARTY")
    private Set<String> buyers = new LinkedHashSet<>();

    @Option(names = "--counterparty", split = ",", paramLabel = "PARTY")
    private Set<String> counterparties = new LinkedHashSet<>();

    @Option(names = "--not-party", split = ",", paramLabel = "PARTY")
    private Set<String> excluded = new LinkedHashSet<>();

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

    @Option(names = "--scenario", paramLabel = "NAME")
    private String scenario;

    @Option(names = "--delay-months", paramLabel = "N")
    private Integer delayMonths;

    @Option(names = "--haircut", paramLabel = "PERCENT")
    private BigDecimal haircut;

    /** A saved view (views.json beside the database) as the base; options given beside it win. */
    @Option(names = "--view", paramLabel = "NAME")
    private String view;

    /** The plain sum for comparison: umbrellas counted in full beside their parts. */
    @Option(names = "--gross")
    private boolean gross;

    /**
     * The filter the options describe; a --from after --to is a usage error. A scenario that is not
     * built in is looked up among the user's own, beside the command's database (docs/scenarios.md).
     */
    public DealFilter toFilter() {
        return toFilter(known());
    }

    /** The scenarios --scenario may name: the user's file is read only when a name is not built in. */
    public Scenarios known() {
        boolean builtIn = view == null && (scenario == null || Scenarios.builtIn().find(scenario).isPresent());
        if (builtIn || !(mixee.userObject() instanceof ServiceCommand command)) {
            return Scenarios.builtIn();
        }
        return command.ownScenarios().load();
    }

    /**
     * The filter the options describe, its scenario looked up among {@code known}; an unknown
     * scenario name or a stress out of range is a usage error.
     */
    public DealFilter toFilter(Scenarios known) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageError(mixee.commandLine(),
                    new CliMessages(mixee.resourceBundle()).get("error.fromAfterTo", from, to));
        }
        String search = text == null || text.isBlank() ? null : text.strip();
        PartyRoles roles = new PartyRoles(partyIds(buyers), partyIds(counterparties), partyIds(excluded));
        DealFilter own = new DealFilter(search, partyIds(parties), kinds, statuses, confidences, from, to, asOf, directions,
                scenario(known), gross, roles);
        return view == null ? own : onView(own, known);
    }

    /**
     * The saved view with every option given on the command line in place of the view's value for
     * that option, so {@code --view mine --as-of 2025-12-31} is "mine, as known then".
     */
    /** The texts of the run, over the bundle picocli hands this mixin. */
    private CliMessages viewMessages() {
        return new CliMessages(mixee.resourceBundle());
    }

    private DealFilter onView(DealFilter own, Scenarios known) {
        if (!(mixee.userObject() instanceof ServiceCommand command)) {
            return own;
        }
        ViewFile file = command.ownViews();
        DealFilter base = file.find(view, known).map(SavedView::filter).orElseThrow(() -> new UsageError(
                mixee.commandLine(), viewMessages().get("error.unknownView", view,
                        viewMessages().list(file.load(known).stream().map(SavedView::name).toList()))));
        PartyRoles roles = new PartyRoles(given("--buyer") ? own.roles().buyers() : base.roles().buyers(),
                given("--counterparty") ? own.roles().counterparties() : base.roles().counterparties(),
                given("--not-party") ? own.roles().excluded() : base.roles().excluded());
        boolean stress = given("--scenario") || given("--delay-months") || given("--haircut");
        return new DealFilter(given("--search") ? own.text() : base.text(),
                given("--party") ? own.parties() : base.parties(), given("--kind") ? own.kinds() : base.kinds(),
                given("--status") ? own.statuses() : base.statuses(),
                given("--confidence") ? own.confidences() : base.confidences(),
                given("--from") ? own.from() : base.from(), given("--to") ? own.to() : base.to(),
                given("--as-of") ? own.asOf() : base.asOf(), given("--direction") ? own.directions() : base.directions(),
                stress ? own.scenario() : base.scenario(), own.gross() || base.gross(), roles);
    }

    /**
     * The grouping a command uses: {@code --by} when given, else the saved view's grouping under
     * {@code --view}, else the command's default ({@code given}, picocli's default value).
     */
    public GroupBy groupBy(GroupBy given) {
        if (view == null || given("--by") || !(mixee.userObject() instanceof ServiceCommand command)) {
            return given;
        }
        Scenarios known = known();
        return command.ownViews().find(view, known).map(SavedView::groupBy).filter(java.util.Objects::nonNull).orElse(given);
    }

    private boolean given(String option) {
        return mixee.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * The ids of the parties named (by id or name, in any case); a word that names no party is a
     * usage error listing the parties there are, rather than a filter that quietly matches nothing.
     */
    private Set<String> partyIds(Set<String> words) {
        if (words.isEmpty()) {
            return Set.of();
        }
        PartyNames names = new PartyNames(mixee.userObject() instanceof ServiceCommand command
                ? command.portfolioService().parties() : List.of());
        PartyNames.Resolved resolved = names.resolve(words);
        if (!resolved.unknown().isEmpty()) {
            throw new UsageError(mixee.commandLine(), viewMessages()
                    .get("error.unknownParty", viewMessages().list(resolved.unknown()), viewMessages().list(names.known(viewMessages().texts().locale()))));
        }
        return resolved.ids();
    }

    /** The one scenario named by --scenario (default: as registered), with the stress options on it. */
    public Scenario scenario(Scenarios known) {
        Scenario chosen = scenario == null ? Scenario.AS_REGISTERED : named(known, scenario);
        if (delayMonths == null && haircut == null) {
            return chosen;
        }
        return withStress(chosen, delayMonths == null ? chosen.stress().delayMonths() : delayMonths,
                haircut == null ? chosen.stress().haircutPercent() : haircut);
    }

    /** Each of the comma-separated names, in order, with the stress options on each. */
    public List<Scenario> scenarios(Scenarios known, List<String> names) {
        List<Scenario> out = new ArrayList<>();
        for (String name : names) {
            Scenario s = named(known, name);
            out.add(delayMonths == null && haircut == null ? s : withStress(s,
                    delayMonths == null ? s.stress().delayMonths() : delayMonths,
                    haircut == null ? s.stress().haircutPercent() : haircut));
        }
        return out;
    }

    private Scenario named(Scenarios known, String name) {
        return known.find(name).orElseThrow(() -> new UsageError(mixee.commandLine(),
                new CliMessages(mixee.resourceBundle()).get("error.unknownScenario", name,
                        String.join(", ", known.all().stream().map(Scenario::name).toList()))));
    }

    private Scenario withStress(Scenario s, int months, BigDecimal percent) {
        try {
            return s.withStress(new Stress(months, percent));
        } catch (IllegalArgumentException e) {
            throw new UsageError(mixee.commandLine(),
                    new CliMessages(mixee.resourceBundle()).get("error.badStress", months, percent.toPlainString()));
        }
    }
}
