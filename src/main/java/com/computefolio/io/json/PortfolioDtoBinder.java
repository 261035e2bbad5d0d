package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.computefolio.io.Positioned;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the top-level arrays of a shape-checked (and repaired) portfolio tree to DTOs with Jackson
 * databind, one element at a time, so that one bad deal does not hide the problems of the others.
 * Elements without shape problems bind strictly; repaired ones bind with required fields relaxed
 * (their absence is already reported) and the mapper skips what is missing.
 */
final class PortfolioDtoBinder {

    private static final Pattern TOP_LEVEL_ELEMENT = Pattern.compile("^\\$\\.[A-Za-z]+\\[\\d+\\]");

    private final ObjectMapper strict;
    private final ObjectMapper relaxed;

    PortfolioDtoBinder(ObjectMapper strict, ObjectMapper relaxed) {
        this.strict = strict;
        this.relaxed = relaxed;
    }

    /**
     * @param root     the repaired tree from the shape check
     * @param badPaths paths of the shape problems found
     * @param problems receives a problem for any element databind refuses after all (a safety net:
     *                 the shape check should have reported it)
     */
    BoundDtos bind(JsonNode root, Set<String> badPaths, List<Problem> problems) {
        Set<String> badElements = topLevelElements(badPaths);
        Elements<SourceDto> sources = bindAll(root, "sources", SourceDto.class, badElements, problems);
        Elements<PartyDto> parties = bindAll(root, "parties", PartyDto.class, badElements, problems);
        Elements<DealDto> deals = bindAll(root, "deals", DealDto.class, badElements, problems);
        Elements<ContextSeriesDto> series = bindAll(root, "contextSeries", ContextSeriesDto.class, badElements, problems);
        JsonNode name = root.get("name");
        return new BoundDtos(name != null && name.isTextual() ? name.textValue() : null,
                sources.bound, sources.unboundIds, parties.bound, parties.unboundIds, deals.bound, deals.unboundIds,
                series.bound);
    }

    private record Elements<T>(List<Positioned<T>> bound, Set<String> unboundIds) {
    }

    private <T> Elements<T> bindAll(JsonNode root, String field, Class<T> type, Set<String> badElements,
                                  List<Problem> problems) {
        List<Positioned<T>> bound = new ArrayList<>();
        Set<String> unboundIds = new HashSet<>();
        JsonNode array = root.get(field);
        if (array == null || !array.isArray()) {
            return new Elements<>(bound, unboundIds);
        }
        String arrayPath = JsonPath.field(JsonPath.ROOT, field);
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String path = JsonPath.index(arrayPath, i);
            T value = element.isNull() ? null
                    : bindOne(badElements.contains(path) ? relaxed : strict, element, type, path, problems);
            if (value != null) {
                bound.add(new Positioned<>(value, i));
            } else if (element.path("id").isTextual()) {
                unboundIds.add(element.get("id").textValue());
            }
        }
        return new Elements<>(bound, unboundIds);
    }

    private static <T> T bindOne(ObjectMapper mapper, JsonNode element, Class<T> type, String path,
                                 List<Problem> problems) {
        try {
            return mapper.treeToValue(element, type);
        } catch (DatabindException e) {
            problems.add(Problem.at(path + pathOf(e), "The value cannot be read: " + e.getOriginalMessage(), null));
        } catch (JsonProcessingException e) {
            problems.add(Problem.at(path, "The value cannot be read: " + e.getOriginalMessage(), null));
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

    /** "$.deals[3]" for "$.deals[3].revisions[0].status": the element of a top-level array a problem is in. */
    private static Set<String> topLevelElements(Set<String> paths) {
        Set<String> elements = new HashSet<>();
        for (String path : paths) {
            Matcher m = TOP_LEVEL_ELEMENT.matcher(path);
            if (m.find()) {
                elements.add(m.group());
            }
        }
        return elements;
    }
}
