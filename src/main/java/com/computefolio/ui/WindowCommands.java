package com.computefolio.ui;

import com.computefolio.service.text.Digits;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.editor.DealEditorViewModel;
import com.computefolio.ui.filters.SavedViewsViewModel;
import com.computefolio.ui.prefs.Theme;

/**
 * What the menu bar asks of the window it sits in. The window makes its menu, so the menu knows the
 * window only through this, not as {@link MainWindow} (which would make the two depend on each other).
 */
interface WindowCommands {

    PortfolioDocument document();

    DealEditorViewModel editor();

    UndoRouter undo();

    /** The saved views of the open database (the Views menu). */
    SavedViewsViewModel savedViews();

    void quit();

    /** File > New from Article: proposes deals from a news article for review (issue 19). */
    void newFromArticle();

    void focusSearch();

    /** Shows the tab at this index: 0 deals, 1 charts, 2 timeline. */
    void showView(int index);

    Theme theme();

    void setTheme(Theme theme);

    /** The language and digits the window is shown in. */
    Texts texts();

    /** View > Language: remembers the choice and shows the window in it at once. */
    void chooseLanguage(java.util.Locale language);

    /** View > Digits: remembers the choice and shows every number in them at once. */
    void chooseDigits(Digits digits);

    void about();

    /** Help > User Guide: what each part of the window is for. */
    void userGuide();

    /** Help > Keyboard Shortcuts: every accelerator of the menus and the window's own keys. */
    void shortcuts();

    /** True while the inspector beside the deals table is shown (View > Inspector). */
    javafx.beans.property.BooleanProperty inspectorShown();
}
