package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.StorageException;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.EnglishLeft;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.InMemoryPortfolioService;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** An undo the database refuses is explained in the window's language, never with the driver's English (issue 16). */
class ArabicUndoFailureTest {
    private static final String DB = "/data/register.db";

    @Test
    void anUndoThatMeetsABusyDatabaseSaysSoInArabic() {
        InMemoryPortfolioService register = new InMemoryPortfolioService("Test", TestPortfolios.parties(), TestPortfolios.deals());
        WorkspaceModel workspace = new WorkspaceModel();
        workspace.setPortfolio(register.portfolio());
        ScriptedDialogs dialogs = new ScriptedDialogs();
        UndoManager history = new UndoManager();
        SavedChanges saved = new SavedChanges(history, busyOnSave(register), workspace, new CurrentThreadTaskExecutor(), dialogs,
                new Messages(Texts.arabic()));
        Deal before = workspace.portfolio().deal("openai-aws").orElseThrow();

        saved.saved(before, before);
        history.undo();

        assertThat(dialogs.errors()).hasSize(1);
        String shown = dialogs.errors().get(0);
        assertThat(shown).contains("تعذّرت القراءة من " + DB + " أو الكتابة فيه: قاعدة البيانات مشغولة");
        EnglishLeft.assertNoEnglishIn(shown, DB);
    }

    /** The register, except that every save meets SQLite's busy lock, as the store words it. */
    private static PortfolioService busyOnSave(PortfolioService register) {
        return (PortfolioService) Proxy.newProxyInstance(PortfolioService.class.getClassLoader(), new Class<?>[] {PortfolioService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("save")) {
                        throw new StorageException("Could not save deal in " + DB + ": [SQLITE_BUSY] database is locked",
                                ProblemText.say(ProblemKey.CANNOT_USE_DATABASE, DB),
                                new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)", null, 5));
                    }
                    try {
                        return method.invoke(register, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
