package com.computefolio.service.scenario;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ValueRefusedException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Probabilities for the weighted scenario: a deal's amount is multiplied by the probability of its
 * status times that of its figure's confidence. Each is between 0 and 1; a status or confidence
 * not given counts with probability 1. The defaults are a starting point a user edits
 * (docs/scenarios.md), not a forecast.
 */
public record Weights(Map<DealStatus, BigDecimal> byStatus, Map<Confidence, BigDecimal> byConfidence) {

    public Weights {
        byStatus = checked(byStatus == null ? Map.of() : byStatus);
        byConfidence = checked(byConfidence == null ? Map.of() : byConfidence);
    }

    public static Weights defaults() {
        Map<DealStatus, BigDecimal> status = new EnumMap<>(DealStatus.class);
        status.put(DealStatus.RUMOURED, new BigDecimal("0.2"));
        status.put(DealStatus.REPORTED, new BigDecimal("0.5"));
        status.put(DealStatus.LETTER_OF_INTENT, new BigDecimal("0.4"));
        status.put(DealStatus.DEFINITIVE, new BigDecimal("0.9"));
        status.put(DealStatus.ACTIVE, BigDecimal.ONE);
        status.put(DealStatus.AMENDED, new BigDecimal("0.9"));
        status.put(DealStatus.PAUSED, new BigDecimal("0.1"));
        status.put(DealStatus.COMPLETED, BigDecimal.ONE);
        Map<Confidence, BigDecimal> confidence = new EnumMap<>(Confidence.class);
        confidence.put(Confidence.OFFICIAL, BigDecimal.ONE);
        confidence.put(Confidence.REPORTED, new BigDecimal("0.8"));
        confidence.put(Confidence.ESTIMATE, new BigDecimal("0.5"));
        return new Weights(status, confidence);
    }

    /** The exact product of the two probabilities. */
    public BigDecimal probability(DealStatus status, Confidence confidence) {
        return byStatus.getOrDefault(status, BigDecimal.ONE).multiply(byConfidence.getOrDefault(confidence, BigDecimal.ONE));
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> checked(Map<K, BigDecimal> weights) {
        weights.forEach((key, p) -> {
            Objects.requireNonNull(p, () -> "probability of " + key);
            if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                throw new ValueRefusedException(ProblemText.say(ProblemKey.WEIGHT_OUT_OF_RANGE, key, p));
            }
        });
        return Map.copyOf(weights);
    }
}
