package com.computefolio.service;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.io.ImportClashes;
import com.computefolio.io.ImportPlan;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.TakeBackCheck;
import com.computefolio.io.imports.PortfolioFileReader;
import com.computefolio.store.CheckedImport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one import does to the register as it stands inside the import's write transaction
 * (docs/reliability.md, "Honest imports"): the files' problems, the ids they use for something
 * else than the register does (refused until the user chooses to keep or replace), the deals it
 * may not add or take back, and then exactly what to write and the counts that say so. Deals the
 * register already has exactly so are left alone and counted as unchanged.
 */
final class ImportDecision {
    /** Problems in file order, then line and column, so a long list reads top to bottom. */
    static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::path, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Problem::message, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<ParsedFile> parsed;
    private final Portfolio register;
    private final ImportOptions options;

    ImportDecision(List<ParsedFile> parsed, Portfolio register, ImportOptions options) {
        this.parsed = parsed;
        this.register = register;
        this.options = options;
    }

    /** Each problem once, sorted by file and place. */
    static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().distinct().sorted(BY_PLACE).toList();
    }

    CheckedImport.Planned<ImportResult> decide(List<String> fileNames, PortfolioFileReader reader) throws ValidationException {
        ImportClashes clashes = ImportClashes.find(parsed, register);
        // Checked as if the files' versions were in: a clash is reported once, as a clash, not again as a bad source id.
        ImportPlan plan = reader.check(parsed, clashes.none() ? register : clashes.withIncoming(register));
        TakeBackCheck.Found found = options.takeBack() ? TakeBackCheck.NOTHING : new TakeBackCheck().check(parsed, register);
        if (!plan.ok()) {
            List<Problem> problems = new ArrayList<>(plan.problems());
            problems.addAll(found.problems());
            throw new ValidationException(sorted(problems));
        }
        if (!clashes.none() && options.clashes() == ImportOptions.Clashes.ASK) {
            // Every problem at once: the revisions it would take back too, so one answer settles both.
            List<Problem> problems = new ArrayList<>(clashes.all().stream().map(ImportClashes.Clash::where).toList());
            problems.addAll(found.problems());
            throw new ImportClashException(sorted(problems),
                    clashes.all().stream().map(c -> new ImportClashException.Clash(c.kind() == ImportClashes.Kind.PARTY,
                            c.id(), c.existing(), c.incoming())).toList());
        }
        Map<String, Deal> stored = register.deals().stream().collect(Collectors.toMap(Deal::id, Function.identity()));
        if (options.onlyNew()) {
            List<String> existing = plan.deals().stream().map(Deal::id).filter(stored::containsKey).toList();
            if (!existing.isEmpty()) {
                throw new DealExistsException(existing);
            }
        }
        if (!found.none()) {
            throw new TakeBackException(sorted(found.problems()), found.dealIds());
        }
        boolean keep = options.clashes() == ImportOptions.Clashes.KEEP_EXISTING;
        boolean replace = options.clashes() == ImportOptions.Clashes.REPLACE;
        List<Deal> deals = keep ? plan.deals().stream().map(clashes::withExisting).toList() : plan.deals();
        List<ContextSeries> series = keep ? plan.contextSeries().stream().map(clashes::withExisting).toList() : plan.contextSeries();
        List<Deal> changed = deals.stream().filter(d -> !sameAsStored(d, stored.get(d.id()))).toList();
        int unchanged = deals.size() - changed.size();
        List<Party> replacedParties = replace ? clashes.incomingParties() : List.of();
        ImportResult result = new ImportResult(fileNames, plan.dealsAdded(), plan.dealsReplaced() - unchanged, unchanged,
                plan.newParties().size(), replace ? clashes.parties() : 0, clashes.unchangedParties(), keep ? clashes.parties() : 0,
                plan.sourcesAdded(), replace ? clashes.sources() : 0, clashes.unchangedSources(), keep ? clashes.sources() : 0,
                // An audit array in a file is another register's history: the import records its own entries instead.
                parsed.stream().mapToInt(ParsedFile::auditEntriesIgnored).sum());
        return new CheckedImport.Planned<>(plan.newParties(), changed, series, replacedParties, result);
    }

    /**
     * What {@link #decide} writes when the files pass every check and clash with nothing, found
     * without the checks, so that the store can write it while they run (CheckedImport#guess).
     */
    CheckedImport.Planned<ImportResult> guess(PortfolioFileReader reader) {
        ImportPlan.Writes plan = reader.planWithoutChecks(parsed, register);
        Map<String, Deal> stored = register.deals().stream().collect(Collectors.toMap(Deal::id, Function.identity()));
        List<Deal> changed = plan.deals().stream().filter(d -> !sameAsStored(d, stored.get(d.id()))).toList();
        return new CheckedImport.Planned<>(plan.newParties(), changed, plan.contextSeries(), null);
    }

    /** The stored deal exactly as the file has it (its version is the store's counter, not content). */
    private static boolean sameAsStored(Deal incoming, Deal stored) {
        return stored != null && Objects.equals(incoming.withVersion(0), stored.withVersion(0));
    }
}
