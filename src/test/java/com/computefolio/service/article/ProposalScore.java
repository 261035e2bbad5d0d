package com.computefolio.service.article;

import com.computefolio.domain.Revision;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares what the engine proposed from one example with what the example expects, field by field. A proposal
 * is paired with an expected one by the deal it revises (or, for a new deal, by its buyer and counterparty); a
 * field is proposed correctly when the paired expectation states it with the same value. Proposals nobody
 * expected count all their fields as wrong; expected ones never proposed count all theirs as missed.
 *
 * @param proposed fields the engine proposed
 * @param correct  of those, fields the example expects with the same value
 * @param expected fields the example expects
 * @param differences a line per field that differs, for the report
 */
record ProposalScore(int proposed, int correct, int expected, List<String> differences) {

    static ProposalScore of(ArticleExample example, ProposalSet set) {
        List<JsonNode> open = new ArrayList<>();
        example.expected().path("proposals").forEach(open::add);
        int proposed = 0;
        int correct = 0;
        int expected = open.stream().mapToInt(e -> e.path("fields").size()).sum();
        List<String> differences = new ArrayList<>();
        for (Proposal p : set.proposals()) {
            Map<String, String> actual = fields(p);
            proposed += actual.size();
            JsonNode match = pair(p, actual, open);
            if (match == null) {
                differences.add("unexpected " + p.kind() + " " + p.proposed().id() + " " + actual);
                continue;
            }
            open.remove(match);
            Map<String, String> wanted = expectedFields(match.path("fields"));
            for (Map.Entry<String, String> e : actual.entrySet()) {
                if (Objects.equals(wanted.get(e.getKey()), e.getValue())) {
                    correct++;
                } else {
                    differences.add(p.proposed().id() + " " + e.getKey() + ": proposed " + e.getValue() + ", expected "
                            + wanted.getOrDefault(e.getKey(), "(missing)"));
                }
            }
            wanted.keySet().stream().filter(k -> !actual.containsKey(k))
                    .forEach(k -> differences.add(p.proposed().id() + " " + k + ": not proposed, expected " + wanted.get(k)));
        }
        open.forEach(e -> differences.add("expected " + e.path("kind").asText() + " " + e.path("dealId").asText() + " not proposed"));
        return new ProposalScore(proposed, correct, expected, differences);
    }

    ProposalScore plus(ProposalScore other) {
        List<String> all = new ArrayList<>(differences);
        all.addAll(other.differences);
        return new ProposalScore(proposed + other.proposed, correct + other.correct, expected + other.expected, all);
    }

    double precision() {
        return proposed == 0 ? 1.0 : (double) correct / proposed;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) correct / expected;
    }

    private static JsonNode pair(Proposal p, Map<String, String> actual, List<JsonNode> open) {
        for (JsonNode e : open) {
            if (!e.path("kind").asText().equals(p.kind().name())) {
                continue;
            }
            if (p.kind() == Proposal.Kind.NEW_REVISION && e.path("dealId").asText().equals(p.existing().orElseThrow().id())) {
                return e;
            }
            if (p.kind() == Proposal.Kind.NEW_DEAL && Objects.equals(e.path("fields").path("BUYER").asText(null), actual.get("BUYER"))
                    && Objects.equals(e.path("fields").path("COUNTERPARTY").asText(null), actual.get("COUNTERPARTY"))) {
                return e;
            }
        }
        return null;
    }

    /** The proposal's found fields in the examples' written form. */
    static Map<String, String> fields(Proposal p) {
        Revision r = p.revision();
        Map<String, String> out = new HashMap<>();
        for (ProposedField f : p.found().keySet()) {
            out.put(f.name(), switch (f) {
                case BUYER -> p.proposed().buyerId();
                case COUNTERPARTY -> p.proposed().counterpartyId();
                case KIND -> p.proposed().kind().name();
                case ANNOUNCED -> (p.kind() == Proposal.Kind.NEW_DEAL ? p.proposed().announced() : r.knownFrom()).toString();
                case STATUS -> r.status().name();
                case VALUE -> r.value().amount().toMajor().stripTrailingZeros().toPlainString() + " " + r.value().amount().currency()
                        + " " + r.value().basis();
                case TERM -> r.term().months() + (r.term().assumed() ? "" : " from " + r.term().start());
                case CAPACITY -> r.capacity().gigawatts().stripTrailingZeros().toPlainString();
                case HARDWARE -> hardware(r.hardware());
            });
        }
        return out;
    }

    static Map<String, String> expectedFields(JsonNode fields) {
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            out.put(e.getKey(), switch (e.getKey()) {
                case "VALUE" -> new BigDecimal(v.path("amount").asText()).stripTrailingZeros().toPlainString() + " "
                        + v.path("currency").asText() + " " + v.path("basis").asText();
                case "TERM" -> v.path("months").asText() + (v.hasNonNull("start") ? " from " + v.path("start").asText() : "");
                case "CAPACITY" -> new BigDecimal(v.path("gigawatts").asText()).stripTrailingZeros().toPlainString();
                case "HARDWARE" -> hardware(v.asText());
                default -> v.asText();
            });
        }
        return out;
    }

    private static String hardware(String text) {
        Set<String> names = Arrays.stream(text.split("[,/;]| and ")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        return String.join(", ", names);
    }
}
