package com.computefolio.io;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the deals an import would take back: a deal of a file replaces the stored deal with the same
 * id, and if the stored deal has a revision (by its {@code knownFrom} date) that the file's deal
 * lacks, the file is older than the register for that deal (an export re-imported after the deal
 * was edited), and importing it would lose that revision. Revisions are what a portfolio file
 * carries of a deal's history (it has no version), so this is the one test an import can make.
 */
public final class TakeBackCheck {

    /** What an import would take back: one located problem per deal, and the deals' ids. */
    public record Found(List<Problem> problems, List<String> dealIds) {
        public Found {
            problems = List.copyOf(problems);
            dealIds = List.copyOf(dealIds);
        }

        public boolean none() {
            return dealIds.isEmpty();
        }
    }

    /** An import that takes nothing back (or was told it may). */
    public static final Found NOTHING = new Found(List.of(), List.of());

    public Found check(List<ParsedFile> files, Portfolio register) {
        Map<String, Deal> stored = new HashMap<>();
        register.deals().forEach(d -> stored.put(d.id(), d));
        List<Problem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ParsedFile file : files) {
            List<Problem> found = new ArrayList<>();
            for (MappedDeal mapped : file.deals()) {
                Deal before = stored.get(mapped.deal().id());
                List<LocalDate> lost = before == null ? List.of() : lostRevisions(before, mapped.deal());
                if (!lost.isEmpty()) {
                    ids.add(before.id());
                    found.add(file.inDeal(mapped, Problem.at("", message(before, lost),
                            ProblemText.say(ProblemKey.EXPECT_WHOLE_HISTORY))));
                }
            }
            problems.addAll(file.locate(found));
        }
        return new Found(problems, ids);
    }

    static List<LocalDate> lostRevisions(Deal stored, Deal incoming) {
        Set<LocalDate> kept = new HashSet<>();
        incoming.revisions().forEach(r -> kept.add(r.knownFrom()));
        return stored.revisions().stream().map(Revision::knownFrom).filter(d -> !kept.contains(d)).sorted().toList();
    }

    private static ProblemText message(Deal stored, List<LocalDate> lost) {
        return lost.size() == 1 ? ProblemText.say(ProblemKey.TAKE_BACK_ONE, stored.id(), lost)
                : ProblemText.say(ProblemKey.TAKE_BACK_MANY, stored.id(), lost, lost.size());
    }

}
