package com.computefolio.service;

/** A deal that passed a filter, seen as of the filter's date, with its schedule at hand. */
record MatchedDeal(DealView view, ScheduledDeal scheduled) {

    String id() {
        return view.deal().id();
    }
}
