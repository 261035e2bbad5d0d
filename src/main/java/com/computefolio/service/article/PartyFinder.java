package com.computefolio.service.article;

import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the register's parties in a folded sentence by their names, their Arabic translations (and the part of
 * either before a bracket) and the alias table {@code party-aliases.txt}. Only parties of the register are found;
 * a name that would mean two parties means neither, rather than a guess.
 */
final class PartyFinder {
    private static final String ALIASES = "party-aliases.txt";

    private final Map<String, Party> parties;
    private final List<Map.Entry<Pattern, String>> names = new ArrayList<>();

    PartyFinder(Portfolio register) {
        this.parties = register.partiesById();
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Party p : parties.values()) {
            for (String name : List.of(p.name(), p.name("ar"))) {
                put(byName, ambiguous, name, p.id());
                int bracket = name.indexOf('(');
                if (bracket > 1) {
                    put(byName, ambiguous, name.substring(0, bracket), p.id());
                }
            }
        }
        aliases().forEach((id, list) -> {
            if (parties.containsKey(id)) {
                list.forEach(alias -> put(byName, ambiguous, alias, id));
            }
        });
        ambiguous.forEach(byName::remove);
        byName.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> names.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.PROCLITIC + ")?"
                        + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])"), e.getValue())));
    }

    Party party(String id) {
        return parties.get(id);
    }

    /** The parties named in the folded text, in the order they appear; longer names win over names inside them. */
    List<Hit<String>> find(String folded) {
        List<Hit<String>> hits = new ArrayList<>();
        for (Map.Entry<Pattern, String> name : names) {
            Matcher m = name.getKey().matcher(folded);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (hits.stream().noneMatch(h -> h.start() < e && s < h.end())) {
                    hits.add(new Hit<>(s, e, name.getValue(), m.group()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void put(Map<String, String> byName, Set<String> ambiguous, String name, String id) {
        String folded = FoldedText.fold(name).trim();
        if (folded.length() < 2) {
            return;
        }
        String before = byName.putIfAbsent(folded, id);
        if (before != null && !before.equals(id)) {
            ambiguous.add(folded);
        }
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        try (InputStream in = PartyFinder.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ALIASES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                List<String> list = new ArrayList<>();
                for (String alias : line.substring(eq + 1).split("\\|")) {
                    if (!alias.isBlank()) {
                        list.add(alias.trim());
                    }
                }
                table.put(line.substring(0, eq).trim(), list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
