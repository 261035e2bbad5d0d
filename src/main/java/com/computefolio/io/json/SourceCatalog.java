package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.DealLimits;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.Source;
import com.computefolio.domain.TextChecks;
import com.computefolio.io.DateFields;
import com.computefolio.io.Positioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file's {@code sources} by id, so that figures and revisions can cite them by id. Checks what
 * only the file format knows (ids unique within the file, the date, the lengths and characters of its texts); the rest
 * of a source (its URL) is checked by the domain validator where the source is used.
 */
final class SourceCatalog {

    private static final int IDS_LISTED = 10;

    private final Map<String, Source> byId = new LinkedHashMap<>();
    private final Set<String> unbound;

    /**
     * @param unboundIds ids of source entries that could not be bound at all; citing them is not
     *                   reported again, but what cites them cannot be mapped
     */
    SourceCatalog(List<Positioned<SourceDto>> sources, Set<String> unboundIds, List<Problem> problems) {
        this.unbound = new HashSet<>(unboundIds);
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (Positioned<SourceDto> positioned : sources) {
            SourceDto dto = positioned.value();
            int i = positioned.position();
            String path = JsonPath.index("$.sources", i);
            if (dto.id() == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(dto.id(), i);
            if (first != null) {
                problems.add(Problem.at(path + ".id", say(SOURCE_DEFINED_TWICE, dto.id(), "$.sources[" + first + "]"),
                        say(EXPECT_DISTINCT_SOURCE_ID)));
                continue;
            }
            LocalDate published = DateFields.date(dto.published(), path + ".published", problems);
            // Checked here, where the source is written, rather than at every figure that cites it;
            // a source with bad text is left out, so that the figures citing it are not checked again.
            boolean texts = TextChecks.check(dto.id(), DealLimits.ID, path + ".id", problems)
                    & TextChecks.check(dto.publisher(), DealLimits.NAME, path + ".publisher", problems)
                    & TextChecks.check(dto.title(), DealLimits.SOURCE_TITLE, path + ".title", problems)
                    & TextChecks.check(dto.url(), DealLimits.URL, path + ".url", problems)
                    & TextChecks.check(dto.quote(), DealLimits.QUOTE, path + ".quote", problems);
            boolean complete = texts && dto.publisher() != null && dto.url() != null
                    && (dto.published() == null || published != null);
            if (complete) {
                byId.put(dto.id(), new Source(dto.id(), dto.publisher(), dto.title(), dto.url(), published, dto.quote()));
            } else {
                unbound.add(dto.id());
            }
        }
    }

    /**
     * The cited sources, in the order cited, or null if any cannot be resolved: an unknown id becomes
     * a problem at its place in the list; an id whose source entry was itself refused does not.
     */
    List<Source> resolve(List<String> ids, String listPath, List<Problem> problems) {
        List<Source> resolved = new ArrayList<>();
        if (ids == null) {
            return resolved;
        }
        boolean complete = true;
        for (int i = 0; i < ids.size(); i++) {
            Source source = byId.get(ids.get(i));
            if (source != null) {
                resolved.add(source);
                continue;
            }
            complete = false;
            if (ids.get(i) != null && !unbound.contains(ids.get(i))) {
                problems.add(Problem.at(JsonPath.index(listPath, i), say(UNKNOWN_SOURCE_ID, ids.get(i)), knownIds()));
            }
        }
        return complete ? resolved : null;
    }

    private ProblemText knownIds() {
        if (byId.isEmpty()) {
            return say(EXPECT_SOURCE_ENTRY_NONE);
        }
        String listed = byId.keySet().stream().limit(IDS_LISTED).collect(Collectors.joining(", "));
        return say(EXPECT_SOURCE_ENTRY, listed + (byId.size() > IDS_LISTED ? ", ..." : ""));

    }
}
