package com.computefolio.ui.editor;

import com.computefolio.domain.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a validator {@link Problem} next to the editor field it concerns, from its path
 * ({@code title}, {@code revisions[1].value.amount}, {@code revisions[0].sources[2].url}). Problems
 * about parts the editor does not show (links, schedule legs, other figures) get no field.
 */
final class ProblemPlacement {
    private static final Pattern REVISION = Pattern.compile("^(?:\\$\\.)?(?:deals\\[\\d+]\\.)?revisions\\[(\\d+)](?:\\.(.*))?$");
    private static final Pattern DEAL = Pattern.compile("^(?:\\$\\.)?(?:deals\\[\\d+]\\.)?([A-Za-z]+).*$");
    private static final Map<String, EditorField> DEAL_FIELDS = Map.of(
            "id", EditorField.ID, "title", EditorField.TITLE, "buyer", EditorField.BUYER,
            "buyerId", EditorField.BUYER, "counterparty", EditorField.COUNTERPARTY, "counterpartyId", EditorField.COUNTERPARTY,
            "kind", EditorField.KIND, "direction", EditorField.DIRECTION, "announced", EditorField.ANNOUNCED,
            "tags", EditorField.TAGS);

    private ProblemPlacement() {
    }

    /**
     * @param byPosition the form of each revision in the deal's order
     * @return where to show the problem; a null field means "no field: show it in the list of problems"
     */
    static FieldProblem place(Problem problem, List<RevisionForm> byPosition) {
        String path = problem.path() == null ? "" : problem.path();
        Matcher revision = REVISION.matcher(path);
        if (revision.matches()) {
            int index = Integer.parseInt(revision.group(1));
            RevisionForm form = index < byPosition.size() ? byPosition.get(index) : null;
            return new FieldProblem(form, revisionField(revision.group(2) == null ? "" : revision.group(2)), problem.message());
        }
        Matcher deal = DEAL.matcher(path);
        if (deal.matches()) {
            String name = deal.group(1);
            if (name.equals("notes")) {
                return new FieldProblem(null, EditorField.NOTES, problem.message());
            }
            return new FieldProblem(null, DEAL_FIELDS.get(name), problem.message());
        }
        return new FieldProblem(null, null, problem.message());
    }

    private static EditorField revisionField(String rest) {
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
        if (rest.startsWith("term")) {
            return EditorField.TERM_START;
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
