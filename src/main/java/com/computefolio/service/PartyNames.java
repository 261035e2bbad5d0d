package com.computefolio.service;

import com.computefolio.domain.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what a user typed for a party (its id or its name, in any case) into party ids. A word
 * that names no party is not guessed at: it is handed back as unknown, so the caller can refuse it
 * with the list of the parties there are instead of silently matching nothing.
 */
public final class PartyNames {
    private final List<Party> parties;

    public PartyNames(Collection<Party> parties) {
        this.parties = List.copyOf(parties);
    }

    /** The ids the words name, and the words that name no party. */
    public Resolved resolve(Collection<String> words) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String word : words) {
            String wanted = word.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Party found = find(wanted);
            if (found == null) {
                unknown.add(wanted);
            } else {
                ids.add(found.id());
            }
        }
        return new Resolved(ids, unknown);
    }

    /** Every party as "name (id)", by name: what an error lists after an unknown word. */
    public List<String> known() {
        return known(Locale.ENGLISH);
    }

    /** As {@link #known()}, each party by its name in the reader's language where it has one (Arabic: its translation). */
    public List<String> known(Locale language) {
        java.util.function.Function<Party, String> name = p -> Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? p.name()
                : p.translations().text(language.getLanguage(), com.computefolio.domain.Translations.NAME).orElse(p.name());
        return parties.stream().sorted(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER))
                .map(p -> name.apply(p) + " (" + p.id() + ")").toList();
    }

    private Party find(String wanted) {
        // An exact id first: ids are what files and scripts use, and a name may look like another party's id.
        for (Party p : parties) {
            if (p.id().equals(wanted)) {
                return p;
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (Party p : parties) {
            if (p.id().toLowerCase(Locale.ROOT).equals(lower) || p.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return p;
            }
        }
        return null;
    }

    /** The ids found and the words that named no party, in the order given. */
    public record Resolved(Set<String> ids, List<String> unknown) {
        public Resolved {
            ids = Set.copyOf(ids);
            unknown = List.copyOf(unknown);
        }
    }
}
