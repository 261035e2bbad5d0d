package com.computefolio.ui.editor;

import com.computefolio.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Where the inspector shows what is wrong: each problem beside its field when the field is on
 * screen, else in the list under the form, and the first one as the reason Save is refused.
 */
final class ProblemDisplay {
    private final Messages messages;
    private final ObservableMap<EditorField, String> errors = FXCollections.observableHashMap();
    private final ObservableList<String> otherProblems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper saveBlockedReason = new ReadOnlyStringWrapper("");

    ProblemDisplay(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param selected the revision on screen
     * @param touched  for a new deal, the fields the user changed; null for a stored deal (every problem is shown)
     */
    void show(List<FieldProblem> problems, RevisionForm selected, Set<EditorField> touched) {
        errors.clear();
        List<String> others = new ArrayList<>();
        for (FieldProblem problem : problems) {
            boolean onScreen = problem.field() != null && (problem.revision() == null || problem.revision() == selected);
            // A blank new deal is not a list of mistakes: beside its fields only what the user typed is judged;
            // Save still says what is missing.
            boolean untouched = touched != null && problem.field() != null && !touched.contains(problem.field());
            String message = problem.entry() < 0 ? problem.message()
                    : messages.format("editor.problem.entry", problem.entry() + 1, problem.message());
            if (onScreen && !untouched) {
                errors.merge(problem.field(), message, (a, b) -> a + "\n" + b);
            } else if (!onScreen) {
                others.add(problem.revision() == null ? message
                        : messages.format("editor.problem.inRevision", problem.revision().knownFrom.get(), message));
            }
        }
        otherProblems.setAll(others);
        saveBlockedReason.set(problems.isEmpty() ? "" : blockedReason(problems.get(0), problems.size()));
    }

    void clear() {
        errors.clear();
        otherProblems.clear();
        saveBlockedReason.set("");
    }

    private String blockedReason(FieldProblem first, int count) {
        String where = first.field() == null ? messages.get("editor.problem.general") : messages.label(first.field());
        String reason = messages.format("editor.saveBlocked", where, first.message());
        return count > 1 ? messages.format("editor.saveBlocked.more", reason, count - 1) : reason;
    }

    ObservableMap<EditorField, String> errors() {
        return errors;
    }

    ObservableList<String> otherProblems() {
        return otherProblems;
    }

    ReadOnlyStringProperty saveBlockedReasonProperty() {
        return saveBlockedReason.getReadOnlyProperty();
    }
}
