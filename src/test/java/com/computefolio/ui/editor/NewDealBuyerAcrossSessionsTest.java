package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.prefs.LastBuyerMemory;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.InMemoryPortfolioService;
import com.computefolio.ui.support.MemoryPreferences;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the buyer of the deal the user saved last is the next new deal's default, in the next
 * session too, until another register is opened. Two "sessions" share one preferences node; no display.
 */
class NewDealBuyerAcrossSessionsTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Path REGISTER = Path.of("registers", "mine.db");
    private static final Path OTHER = Path.of("registers", "colleague.db");

    private final MemoryPreferences node = new MemoryPreferences();

    /** A window's editor over the test register, its last buyer tied to the preferences as the main window ties it. */
    private DealEditorViewModel session(Path open) {
        WorkspaceModel workspace = new WorkspaceModel();
        InMemoryPortfolioService service = new InMemoryPortfolioService("Test", TestPortfolios.parties(), TestPortfolios.deals());
        workspace.setPortfolio(service.portfolio());
        ScriptedDialogs dialogs = new ScriptedDialogs();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        Messages messages = Messages.english();
        SavedChanges saved = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, messages);
        DealEditorViewModel editor = new DealEditorViewModel(workspace, service, executor, dialogs, saved, url -> { }, messages, TODAY);
        LastBuyerMemory.bind(new UserPreferences(node), new SimpleObjectProperty<>(open), editor.lastBuyerProperty());
        return editor;
    }

    @Test
    void theLastBuyerOfOneSessionIsTheNextSessionsDefaultForANewDeal() {
        // What a save in the first session does: the saved deal's buyer becomes the last buyer.
        session(REGISTER).lastBuyerProperty().set("amazon");

        DealEditorViewModel next = session(REGISTER);
        next.newDeal();

        assertThat(next.form().buyer.get()).isEqualTo("amazon");
    }

    @Test
    void anotherRegisterDoesNotInheritTheBuyer() {
        session(REGISTER).lastBuyerProperty().set("amazon");

        DealEditorViewModel elsewhere = session(OTHER);
        elsewhere.newDeal();

        assertThat(elsewhere.lastBuyerProperty().get()).isNull();
        assertThat(elsewhere.form().buyer.get()).isNull();
    }

    @Test
    void switchingRegistersInOneSessionForgetsTheBuyerAndComingBackBringsItBack() {
        SimpleObjectProperty<Path> open = new SimpleObjectProperty<>(REGISTER);
        UserPreferences preferences = new UserPreferences(node);
        javafx.beans.property.SimpleStringProperty last = new javafx.beans.property.SimpleStringProperty();
        LastBuyerMemory.bind(preferences, open, last);
        last.set("oracle");

        open.set(OTHER);
        assertThat(last.get()).isNull();
        open.set(REGISTER);
        assertThat(last.get()).isEqualTo("oracle");
    }

    @Test
    void aBuyerTheRegisterNoLongerHasIsNoDefault() {
        session(REGISTER).lastBuyerProperty().set("gone-party");

        DealEditorViewModel next = session(REGISTER);
        next.newDeal();

        assertThat(next.form().buyer.get()).isNull();
    }
}
