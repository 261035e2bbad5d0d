package com.computefolio.ui.editor;

import com.computefolio.domain.Problem;
import com.computefolio.service.text.ProblemTexts;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a validator {@link Problem} next to the editor field it concerns, from its path
 * ({@code title}, {@code revisions[1].value.amount}, {@code revisions[0].sources[2].url},
 * {@code roles[1].share}). A problem of a list's entry ({@code revisions[0].options[2].exerciseUntil})
 * goes to the list with the entry's index; a problem of no field on screen gets no field.
 */
final class ProblemPlacement {
    private static final Pattern REVISION = Pattern.compile("^(?:\\$\\.)?(?:deals\\[\\d+]\\.)?revisions\\[(\\d+)](?:\\.(.*))?$");
    private static final Pattern DEAL = Pattern.compile("^(?:\\$\\.)?(?:deals\\[\\d+]\\.)?([A-Za-z]+).*$");
    private static final Pattern ENTRY = Pattern.compile("^[A-Za-z]+\\[(\\d+)].*$");
    private static final Map<String, EditorField> DEAL_FIELDS = Map.ofEntries(
            Map.entry("id", EditorField.ID), Map.entry("title", EditorField.TITLE), Map.entry("buyer", EditorField.BUYER),
            Map.entry("buyerId", EditorField.BUYER), Map.entry("counterparty", EditorField.COUNTERPARTY),
            Map.entry("counterpartyId", EditorField.COUNTERPARTY), Map.entry("kind", EditorField.KIND),
            Map.entry("direction", EditorField.DIRECTION), Map.entry("announced", EditorField.ANNOUNCED),
            Map.entry("tags", EditorField.TAGS), Map.entry("roles", EditorField.ROLES), Map.entry("links", EditorField.LINKS));
    /** The lists of a revision by their name in the format. */
    private static final Map<String, EditorField> REVISION_LISTS = Map.of(
            "schedule", EditorField.LEGS, "options", EditorField.OPTIONS, "exitRights", EditorField.EXIT_RIGHTS,
            "otherFigures", EditorField.OTHER_FIGURES);

    private ProblemPlacement() {
    }

    /**
     * @param byPosition the form of each revision in the deal's order
     * @param words      the problem's sentence in the window's language
     * @return where to show the problem; a null field means "no field: show it in the list of problems"
     */
    static FieldProblem place(Problem problem, List<RevisionForm> byPosition, ProblemTexts words) {
        String message = words.message(problem);
        String path = problem.path() == null ? "" : problem.path();
        Matcher revision = REVISION.matcher(path);
        if (revision.matches()) {
            int index = Integer.parseInt(revision.group(1));
            RevisionForm form = index < byPosition.size() ? byPosition.get(index) : null;
            String rest = revision.group(2) == null ? "" : revision.group(2);
            return new FieldProblem(form, revisionField(rest), message, entry(rest));
        }
        Matcher deal = DEAL.matcher(path);
        if (deal.matches()) {
            String name = deal.group(1);
            if (name.equals("notes")) {
                return new FieldProblem(null, EditorField.NOTES, message);
            }
            EditorField field = DEAL_FIELDS.get(name);
            return new FieldProblem(null, field, message, field != null && field.isList() ? entry(path) : -1);
        }
        return new FieldProblem(null, null, message);
    }

    /** The index of the entry in {@code options[2].label}, or -1 for a path that names no entry. */
    private static int entry(String path) {
        Matcher entry = ENTRY.matcher(path.replaceFirst("^(?:\\$\\.)?(?:deals\\[\\d+]\\.)?", ""));
        return entry.matches() ? Integer.parseInt(entry.group(1)) : -1;
    }

    private static EditorField revisionField(String rest) {
        String list = rest.replaceFirst("[\\[.].*$", "");
        if (REVISION_LISTS.containsKey(list)) {
            return REVISION_LISTS.get(list);
        }
        if (rest.startsWith("value.unsourced")) {
            return EditorField.VALUE_UNSOURCED;
        }
        if (rest.startsWith("value.sources") || rest.startsWith("sources")) {
            return EditorField.SOURCES;
        }
        if (rest.startsWith("value.basis")) {
            return EditorField.BASIS;
        }
        if (rest.startsWith("value.currency")) {
            return EditorField.CURRENCY;
        }
        if (rest.startsWith("value.confidence")) {
            return EditorField.CONFIDENCE;
        }
        if (rest.startsWith("value")) {
            return EditorField.AMOUNT;
        }
        if (rest.startsWith("term.months")) {
            return EditorField.TERM_MONTHS;
        }
        if (rest.startsWith("term.noticeMonths")) {
            return EditorField.TERM_NOTICE;
        }
        if (rest.startsWith("term")) {
            return EditorField.TERM_START;
        }
        if (rest.startsWith("capacity.sources")) {
            return EditorField.CAPACITY_SOURCES;
        }
        if (rest.startsWith("capacity.unsourced")) {
            return EditorField.CAPACITY_UNSOURCED;
        }
        if (rest.startsWith("capacity.label")) {
            return EditorField.CAPACITY_LABEL;
        }
        if (rest.startsWith("capacity")) {
            return EditorField.CAPACITY;
        }
        if (rest.startsWith("knownFrom")) {
            return EditorField.KNOWN_FROM;
        }
        if (rest.startsWith("status")) {
            return EditorField.STATUS;
        }
        if (rest.startsWith("hardware")) {
            return EditorField.HARDWARE;
        }
        if (rest.startsWith("change")) {
            return EditorField.CHANGE;
        }
        if (rest.startsWith("notes")) {
            return EditorField.REVISION_NOTES;
        }
        return null;
    }
}
