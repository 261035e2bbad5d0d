package com.computefolio.service.scenario;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ValueRefusedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios a user can pick: the built-in ones, then the user's own (which may not reuse a
 * built-in name). Immutable.
 */
public final class Scenarios {

    private static final List<Scenario> BUILT_IN = List.of(
            Scenario.AS_REGISTERED,
            new Scenario("firm", FigureTier.FIRM, null, Stress.NONE),
            new Scenario("reported", FigureTier.REPORTED, null, Stress.NONE),
            new Scenario("ceilings", FigureTier.CEILINGS, null, Stress.NONE),
            new Scenario("options", FigureTier.OPTIONS, null, Stress.NONE),
            new Scenario("estimates", FigureTier.ESTIMATES, null, Stress.NONE),
            new Scenario("weighted", FigureTier.ESTIMATES, Weights.defaults(), Stress.NONE));

    private final Map<String, Scenario> byName;

    private Scenarios(Map<String, Scenario> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static Scenarios builtIn() {
        return withOwn(List.of());
    }

    /** The built-in scenarios and {@code own}; a name used twice is refused. */
    public static Scenarios withOwn(List<Scenario> own) {
        Map<String, Scenario> byName = new LinkedHashMap<>();
        for (Scenario s : BUILT_IN) {
            byName.put(s.name(), s);
        }
        for (Scenario s : own) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new ValueRefusedException(ProblemText.say(ProblemKey.SCENARIO_NAME_TAKEN, s.name()));
            }
        }
        return new Scenarios(byName);
    }

    public Optional<Scenario> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.strip()));
    }

    /** Every scenario, built-in ones first, in a stable order. */
    public List<Scenario> all() {
        return new ArrayList<>(byName.values());
    }

    public static boolean isBuiltIn(String name) {
        return BUILT_IN.stream().anyMatch(s -> s.name().equals(name));
    }
}
