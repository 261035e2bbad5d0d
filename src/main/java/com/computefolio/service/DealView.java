package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;

/**
 * A deal as seen on a date: the deal, the revision in force then, and display names of its parties
 * and its title. This is what table rows show. The names are the original ones unless the view was
 * put into a reader's language by {@link LocalNames#view(DealView)}: the one road by which tables,
 * charts and reports show Arabic names (ADR 34) while data files keep what is stored.
 */
public record DealView(Deal deal, Revision revision, String buyerName, String counterpartyName, String title) {

    /** The view with the deal's own title, as the register stores it. */
    public DealView(Deal deal, Revision revision, String buyerName, String counterpartyName) {
        this(deal, revision, buyerName, counterpartyName, deal.title());
    }
}
