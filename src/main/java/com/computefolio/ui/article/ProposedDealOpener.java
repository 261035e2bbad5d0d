package com.computefolio.ui.article;

import com.computefolio.domain.Deal;

/** Where an accepted review goes: the inspector, as an unsaved edit ({@code DealEditorViewModel.openProposed}). */
@FunctionalInterface
public interface ProposedDealOpener {
    /**
     * @param revised true for a deal of the register with a revision added, false for a new deal
     * @return false when the editor kept an edit the user did not want to leave
     */
    boolean open(Deal deal, boolean revised);
}
