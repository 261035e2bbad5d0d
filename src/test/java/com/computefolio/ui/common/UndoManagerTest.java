package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoManagerTest {
    private final List<String> log = new ArrayList<>();
    private final UndoManager undo = new UndoManager();

    private UndoableEdit edit(String name) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void undo() {
                log.add("undo " + name);
                undo.record(edit("echo of " + name)); // an undo that changes properties must not record
            }

            @Override
            public void redo() {
                log.add("redo " + name);
            }
        };
    }

    @Test
    void undoThenRedoReplaysTheEditsInReverseAndForwardOrder() {
        undo.record(edit("a"));
        undo.record(edit("b"));

        undo.undo();
        undo.undo();
        undo.redo();

        assertThat(log).containsExactly("undo b", "undo a", "redo a");
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("a");
        assertThat(undo.redoDescriptionProperty().get()).isEqualTo("b");
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        undo.record(edit("a"));
        undo.undo();
        assertThat(undo.canRedoProperty().get()).isTrue();

        undo.record(edit("b"));

        assertThat(undo.canRedoProperty().get()).isFalse();
    }

    @Test
    void editsThatAbsorbTheirSuccessorBecomeOneUndoStep() {
        class Typing implements UndoableEdit {
            String text;

            Typing(String text) {
                this.text = text;
            }

            @Override
            public String description() {
                return text;
            }

            @Override
            public void undo() {
                log.add("undo " + text);
            }

            @Override
            public void redo() {
            }

            @Override
            public boolean absorb(UndoableEdit next) {
                text = ((Typing) next).text;
                return true;
            }
        }
        undo.record(new Typing("3"));
        undo.record(new Typing("38"));
        undo.breakMerge();
        undo.record(new Typing("38B"));

        undo.undo();
        undo.undo();

        assertThat(log).containsExactly("undo 38B", "undo 38");
        assertThat(undo.canUndoProperty().get()).isFalse();
    }
}
