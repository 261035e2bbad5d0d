package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;

/**
 * A deal as seen on a date: the deal, the revision in force then, and display names of its parties.
 * This is what table rows show.
 */
public record DealView(Deal deal, Revision revision, String buyerName, String counterpartyName) {
}
