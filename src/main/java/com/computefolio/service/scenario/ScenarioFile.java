package com.computefolio.service.scenario;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ValueRefusedException;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;
import com.computefolio.io.json.ScenarioFileDto;
import com.computefolio.io.json.SideFileJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The user's own scenarios in {@code scenarios.json} beside the database (ADR 17): read, checked
 * entry by entry with a message naming the file, entry and field, and saved whole and atomically.
 */
public final class ScenarioFile {

    /** The file's name in the folder of the database. */
    public static final String FILE_NAME = "scenarios.json";

    private final Path file;
    private final SideFileJson<ScenarioFileDto> json = new SideFileJson<>(ScenarioFileDto.class, ProblemText.say(ProblemKey.KIND_SCENARIOS_FILE),
            () -> new ScenarioFileDto(ScenarioFileDto.FORMAT_VERSION, java.util.List.of()));

    public ScenarioFile(Path file) {
        this.file = file;
    }

    /** The scenarios file that belongs to {@code database}: beside it. */
    public static ScenarioFile besideDatabase(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        return new ScenarioFile(folder == null ? Path.of(FILE_NAME) : folder.resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    /** Built-in scenarios and the user's own; throws {@link ScenarioFileException} for a file with a mistake. */
    public Scenarios load() {
        return Scenarios.withOwn(own());
    }

    /** The user's own scenarios, in the file's order (none when there is no file). */
    public List<Scenario> own() {
        ScenarioFileDto dto = readDto();
        List<Scenario> out = new ArrayList<>();
        List<ScenarioFileDto.Entry> entries = dto.scenarios() == null ? List.of() : dto.scenarios();
        for (int i = 0; i < entries.size(); i++) {
            out.add(scenario(entries.get(i), "scenarios[" + i + "]"));
        }
        try {
            Scenarios.withOwn(out);
        } catch (IllegalArgumentException e) {
            ProblemText whole = ProblemText.say(ProblemKey.FILE_PROBLEM, file, ValueRefusedException.reason(e));
            throw new ScenarioFileException(whole.english(), whole, null);
        }
        return out;
    }

    /** Adds {@code scenario} made from the built-in {@code base}, or replaces the user's own of that name. */
    public void save(Scenario scenario, String base) {
        if (Scenarios.isBuiltIn(scenario.name())) {
            ProblemText builtIn = ProblemText.say(ProblemKey.FILE_PROBLEM, file,
                    ProblemText.say(ProblemKey.SCENARIO_BUILT_IN_NAME, scenario.name()));
            throw new ScenarioFileException(builtIn.english(), builtIn, null);
        }
        ScenarioFileDto dto = readDto();
        List<ScenarioFileDto.Entry> entries = new ArrayList<>(dto.scenarios() == null ? List.of() : dto.scenarios());
        entries.removeIf(e -> scenario.name().equals(e.name()));
        entries.add(new ScenarioFileDto.Entry(scenario.name(), base, scenario.stress().delayMonths(),
                scenario.stress().haircutPercent().toPlainString(),
                scenario.weights() == null ? null : strings(scenario.weights().byStatus()),
                scenario.weights() == null ? null : strings(scenario.weights().byConfidence())));
        try {
            json.write(file, new ScenarioFileDto(ScenarioFileDto.FORMAT_VERSION, entries));
        } catch (IOException e) {
            throw new ScenarioFileException(file + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, file), e);
        }
    }

    private ScenarioFileDto readDto() {
        try {
            ScenarioFileDto dto = json.read(file).orElse(new ScenarioFileDto(ScenarioFileDto.FORMAT_VERSION, List.of()));
            if (dto.formatVersion() != null && dto.formatVersion() != ScenarioFileDto.FORMAT_VERSION) {
                throw problem("formatVersion", ProblemText.say(ProblemKey.SIDE_FILE_VERSION_UNSUPPORTED, dto.formatVersion(),
                        ScenarioFileDto.FORMAT_VERSION));
            }
            return dto;
        } catch (IOException e) {
            throw new ScenarioFileException(e.getMessage(), e);
        }
    }

    private Scenario scenario(ScenarioFileDto.Entry entry, String path) {
        Scenario base = Scenarios.builtIn().find(entry.base())
                .orElseThrow(() -> problem(path + ".base", ProblemText.say(ProblemKey.SCENARIO_BASE_UNKNOWN, entry.base(),
                        Scenarios.builtIn().all().stream().map(Scenario::name).toList())));
        Stress stress;
        try {
            stress = new Stress(entry.delayMonths() == null ? 0 : entry.delayMonths(),
                    entry.haircutPercent() == null ? BigDecimal.ZERO : Stress.haircut(entry.haircutPercent()));
        } catch (IllegalArgumentException e) {
            throw problem(path, ValueRefusedException.reason(e));
        }
        Weights weights = base.weights();
        if (entry.statusWeights() != null || entry.confidenceWeights() != null) {
            if (weights == null) {
                throw problem(path + ".statusWeights", ProblemText.say(ProblemKey.SCENARIO_WEIGHTS_NEED_WEIGHTED_BASE, entry.base()));
            }
            Map<DealStatus, BigDecimal> status = new EnumMap<>(DealStatus.class);
            status.putAll(weights.byStatus());
            status.putAll(parsed(entry.statusWeights(), path + ".statusWeights", DealStatus::valueOf));
            Map<Confidence, BigDecimal> confidence = new EnumMap<>(Confidence.class);
            confidence.putAll(weights.byConfidence());
            confidence.putAll(parsed(entry.confidenceWeights(), path + ".confidenceWeights", Confidence::valueOf));
            try {
                weights = new Weights(status, confidence);
            } catch (IllegalArgumentException e) {
                throw problem(path, ValueRefusedException.reason(e));
            }
        }
        try {
            return new Scenario(entry.name() == null ? "" : entry.name(), base.tier(), weights, stress);
        } catch (IllegalArgumentException e) {
            throw problem(path + ".name", ValueRefusedException.reason(e));
        }
    }

    private <K extends Enum<K>> Map<K, BigDecimal> parsed(Map<String, String> raw, String path, Function<String, K> key) {
        Map<K, BigDecimal> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        raw.forEach((k, v) -> {
            try {
                out.put(key.apply(k.strip().toUpperCase(Locale.ROOT)), new BigDecimal(v == null ? "" : v.strip()));
            } catch (IllegalArgumentException e) {
                throw problem(path + "." + k, ProblemText.say(ProblemKey.SCENARIO_WEIGHT_ENTRY, v));
            }
        });
        return out;
    }

    private static <K extends Enum<K>> Map<String, String> strings(Map<K, BigDecimal> weights) {
        Map<String, String> out = new LinkedHashMap<>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey().name(), e.getValue().toPlainString()));
        return out;
    }

    /** A mistake at a field of the file: the English message as before, and the same words by key for any reader. */
    private ScenarioFileException problem(String path, ProblemText why) {
        ProblemText located = ProblemText.say(ProblemKey.FILE_FIELD_PROBLEM, file, path, why);
        return new ScenarioFileException(located.english(), located, null);
    }
}
