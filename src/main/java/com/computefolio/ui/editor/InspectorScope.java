package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the inspector may show and edit, given what the table shows: the deals the search and
 * filters leave visible, seen as known on the filter's "as known on" date.
 *
 * <p>A deal that the filter hides (or that was not yet known on the as-of date) leaves the
 * inspector, which says why. If it had unsaved edits they are kept, with a notice that the deal is
 * hidden, rather than asked about: the filter changes with every keystroke in the search box, and
 * a modal question there would steal the typing (a mail client likewise keeps a message being
 * written open whatever its main window's search shows). With an as-of date the register is the
 * past: the inspector is read only until the user explicitly adds a dated revision, the one honest
 * way to edit the past. See ADR 24.
 */
public final class InspectorScope {
    /** Why a deal is not in the table. */
    enum Hidden { NO, NOT_YET_KNOWN, FILTERED_OUT }

    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper datedRevisionStarted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper draftHidden = new ReadOnlyBooleanWrapper();
    private final BooleanBinding readOnly;
    /** The deal the filter took out of the inspector, to bring back when it shows again. */
    private String hiddenDealId;

    InspectorScope(ReadOnlyBooleanProperty isNew) {
        readOnly = Bindings.createBooleanBinding(() -> asOf.get() != null && !datedRevisionStarted.get() && !isNew.get(),
                asOf, datedRevisionStarted, isNew);
    }

    /** Whether the table shows the deal under this filter, and if not why. */
    static Hidden hidden(Deal deal, DealFilter filter, Predicate<String> visibleIds) {
        if (filter.asOf() != null && deal.asOf(filter.asOf()).isEmpty()) {
            return Hidden.NOT_YET_KNOWN;
        }
        return visibleIds.test(deal.id()) ? Hidden.NO : Hidden.FILTERED_OUT;
    }

    void setAsOf(LocalDate date) {
        asOf.set(date);
    }

    /** Another deal is shown: editing the past must be asked for again. */
    void anotherDealShown() {
        datedRevisionStarted.set(false);
        hiddenDealId = null;
        notice.set("");
        draftHidden.set(false);
    }

    void startDatedRevision() {
        datedRevisionStarted.set(true);
    }

    /** The inspector was emptied because the deal is hidden; {@code text} says why. */
    void emptied(String dealId, String text) {
        hiddenDealId = dealId;
        draftHidden.set(false);
        notice.set(text);
    }

    /** The deal with unsaved edits stays in the inspector although the table hides it. */
    void keptHidden(String text) {
        draftHidden.set(true);
        notice.set(text);
    }

    /** The deal shown is visible again. */
    void visible() {
        draftHidden.set(false);
        notice.set("");
    }

    /** The user chose another deal or nothing: the hidden one is not brought back. */
    void forget() {
        hiddenDealId = null;
        notice.set("");
        draftHidden.set(false);
    }

    String hiddenDealId() {
        return hiddenDealId;
    }

    /** The "as known on" date of the filter, or null for today's register. */
    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    /** True while the past is shown and the user has not started a dated revision. */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** Why the inspector is empty, or why the deal it shows is not in the table; empty when neither. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while the inspector keeps unsaved edits of a deal the table hides. */
    public ReadOnlyBooleanProperty draftHiddenProperty() {
        return draftHidden.getReadOnlyProperty();
    }
}
