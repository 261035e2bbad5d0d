package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.JacksonDetails;
import com.computefolio.io.InputLimits;
import com.computefolio.io.Positioned;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks and binds the elements of a portfolio file's top-level arrays to DTOs as the document
 * reader hands them over, one at a time, so that one bad deal does not hide the problems of the
 * others and no more than one deal's tree is held at once. Each element is shape-checked; a clean
 * element binds strictly with Jackson databind, a repaired one (wrong values left out) binds with
 * required fields relaxed, their absence being reported already. One binder reads one file.
 */
final class PortfolioDtoBinder implements JsonDocumentReader.ElementConsumer {

    /** The top-level arrays and the DTO of their elements. */
    static final Map<String, Class<?>> ARRAYS = Map.of("sources", SourceDto.class, "parties", PartyDto.class,
            "deals", DealDto.class, "contextSeries", ContextSeriesDto.class, "audit", AuditEntryDto.class);

    /** The most elements each top-level array may hold. */
    static final Map<String, Integer> LIMITS = Map.of("sources", InputLimits.MAX_SOURCES_PER_FILE,
            "parties", InputLimits.MAX_PARTIES_PER_FILE, "deals", InputLimits.MAX_DEALS_PER_FILE,
            "contextSeries", InputLimits.MAX_CONTEXT_SERIES_PER_FILE, "audit", InputLimits.MAX_AUDIT_ENTRIES_PER_FILE);

    private final ObjectMapper strict;
    private final ObjectMapper relaxed;
    private final DtoShapeChecker shapeChecker;
    private final List<Problem> shapeProblems = new ArrayList<>();
    private final List<Problem> bindProblems = new ArrayList<>();
    private final Map<String, List<Positioned<Object>>> bound = new HashMap<>();
    private final Map<String, Set<String>> unboundIds = new HashMap<>();
    private final PortfolioDtoMapper mapper;
    /** The deals mapped as they are bound, when the file gave its sources and version before them; else null. */
    private PortfolioDtoMapper.DealsAsBound dealsAsBound;

    PortfolioDtoBinder(ObjectMapper strict, ObjectMapper relaxed, DtoShapeChecker shapeChecker, PortfolioDtoMapper mapper) {
        this.strict = strict;
        this.relaxed = relaxed;
        this.shapeChecker = shapeChecker;
        this.mapper = mapper;
    }

    /**
     * When the deals start after the file's sources and its format version (the order our files are
     * written in, docs/format.md), each deal is mapped as soon as it is bound and its DTO dropped;
     * otherwise the deals' DTOs are kept for a mapping of the whole file at the end.
     */
    @Override
    public void arrayStarts(String arrayField, ObjectNode fieldsSoFar) {
        if ("deals".equals(arrayField) && fieldsSoFar.has("sources") && fieldsSoFar.has("formatVersion")) {
            dealsAsBound = mapper.dealsAsBound(elements("sources"), ids("sources"),
                    VersionFields.versionOf(fieldsSoFar));
        }
    }

    @Override
    public void element(String arrayField, int index, JsonNode element) {
        Class<?> type = ARRAYS.get(arrayField);
        LazyPath path = LazyPath.ROOT.field(arrayField).index(index);
        int before = shapeProblems.size();
        JsonNode checked = shapeChecker.check(element, type, path, shapeProblems);
        Object dto = checked.isNull() ? null
                : bind(shapeProblems.size() == before ? strict : relaxed, checked, type, path.toString());
        if (dto != null && dealsAsBound != null && "deals".equals(arrayField)) {
            dealsAsBound.add(new Positioned<>((DealDto) dto, index));
        } else if (dto != null) {
            bound.computeIfAbsent(arrayField, f -> new ArrayList<>()).add(new Positioned<>(dto, index));
        } else if (element.path("id").isTextual()) {
            unboundIds.computeIfAbsent(arrayField, f -> new HashSet<>()).add(element.get("id").textValue());
        }
    }

    @Override
    public boolean full() {
        return shapeProblems.size() + bindProblems.size() >= InputLimits.MAX_PROBLEMS_PER_FILE;
    }

    /** Problems of the shape check (their paths tell later stages what is already reported). */
    List<Problem> shapeProblems() {
        return shapeProblems;
    }

    /** Problems databind found after the shape check passed: a safety net that should stay empty. */
    List<Problem> bindProblems() {
        return bindProblems;
    }

    /** How many entries the file's audit array holds: checked for shape, then left out of the import (docs/format.md). */
    int auditEntries() {
        return bound.getOrDefault("audit", List.of()).size();
    }

    /** The deals mapped while the file was read, or null when they are among {@link #result}'s DTOs. */
    PortfolioDtoMapper.DealsAsBound dealsAsBound() {
        return dealsAsBound;
    }

    BoundDtos result(String name) {
        return new BoundDtos(name, elements("sources"), ids("sources"), elements("parties"), ids("parties"),
                elements("deals"), ids("deals"), elements("contextSeries"));
    }

    @SuppressWarnings("unchecked")
    private <T> List<Positioned<T>> elements(String field) {
        List<Positioned<T>> list = new ArrayList<>();
        for (Positioned<Object> p : bound.getOrDefault(field, List.of())) {
            list.add((Positioned<T>) p);
        }
        return list;
    }

    private Set<String> ids(String field) {
        return unboundIds.getOrDefault(field, Set.of());
    }

    private Object bind(ObjectMapper mapper, JsonNode element, Class<?> type, String path) {
        try {
            return mapper.treeToValue(element, type);
        } catch (DatabindException e) {
            bindProblems.add(Problem.at(path + pathOf(e), ProblemText.say(ProblemKey.VALUE_UNREADABLE, JacksonDetails.of(e)), null));
        } catch (JsonProcessingException e) {
            bindProblems.add(Problem.at(path, ProblemText.say(ProblemKey.VALUE_UNREADABLE, JacksonDetails.of(e)), null));

        }
        return null;
    }

    private static String pathOf(DatabindException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
