package com.computefolio.io.json;

import java.util.List;
import java.util.Map;

/**
 * The user's own scenarios as stored in {@code scenarios.json} (docs/scenarios.md). Plain strings
 * and numbers: the service layer checks and maps them, naming the entry and field of any mistake.
 */
public record ScenarioFileDto(Integer formatVersion, List<Entry> scenarios) {

    public static final int FORMAT_VERSION = 1;

    /** One saved scenario; weights and the haircut as decimal strings so nothing passes through a double. */
    public record Entry(String name, String base, Integer delayMonths, String haircutPercent,
                        Map<String, String> statusWeights, Map<String, String> confidenceWeights) {
    }
}
