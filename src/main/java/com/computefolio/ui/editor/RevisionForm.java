package com.computefolio.ui.editor;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One revision as the editor shows it: text as typed (so that a half-typed number can be shown
 * with its error rather than lost) and choices as values. What the editor does not show (other
 * figures, schedule legs, estimate ranges) is carried along unchanged from the loaded revision.
 */
public final class RevisionForm {
    final StringProperty knownFrom = new SimpleStringProperty("");
    final StringProperty change = new SimpleStringProperty("");
    final ObjectProperty<DealStatus> status = new SimpleObjectProperty<>(DealStatus.REPORTED);
    final ObjectProperty<ValueBasis> basis = new SimpleObjectProperty<>(ValueBasis.UNDISCLOSED);
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty currency = new SimpleStringProperty("USD");
    final ObjectProperty<Confidence> confidence = new SimpleObjectProperty<>(Confidence.REPORTED);
    final StringProperty termStart = new SimpleStringProperty("");
    final StringProperty termMonths = new SimpleStringProperty("");
    final BooleanProperty termAssumed = new SimpleBooleanProperty();
    final StringProperty capacity = new SimpleStringProperty("");
    final StringProperty hardware = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<SourceEntry> sources = FXCollections.observableArrayList();
    /** Parts of the revision the form does not edit. */
    Figure untouchedValue;
    List<Figure> otherFigures = List.of();
    List<ScheduleLeg> legs = List.of();
    /** Format version 2 parts the form does not edit yet: kept as they are so that an edit loses none of them. */
    com.computefolio.domain.CapacityClaim capacityClaim;
    List<com.computefolio.domain.DealOption> options = List.of();
    List<com.computefolio.domain.ExitRight> exitRights = List.of();
    boolean termOpenEnded;
    Integer termNoticeMonths;

    static RevisionForm of(Revision revision) {
        RevisionForm form = new RevisionForm();
        form.knownFrom.set(revision.knownFrom().toString());
        form.change.set(text(revision.change()));
        form.status.set(revision.status());
        Figure value = revision.value();
        form.basis.set(value.basis());
        form.amount.set(value.amount() == null ? "" : AmountText.format(value.amount().toMajor()));
        form.currency.set(value.amount() == null ? com.computefolio.domain.HeadlineTotal.currency(revision) : value.amount().currency());
        form.confidence.set(value.confidence());
        if (revision.term() != null) {
            form.termStart.set(revision.term().start().toString());
            form.termMonths.set(Integer.toString(revision.term().months()));
            form.termAssumed.set(revision.term().assumed());
        }
        form.capacity.set(revision.capacity() == null ? "" : revision.capacity().gigawatts().toPlainString());
        form.hardware.set(text(revision.hardware()));
        form.notes.set(text(revision.notes()));
        form.sources.setAll(entries(revision));
        form.untouchedValue = value;
        form.otherFigures = revision.otherFigures();
        form.legs = revision.legs();
        form.capacityClaim = revision.capacityClaim();
        form.options = revision.options();
        form.exitRights = revision.exitRights();
        form.termOpenEnded = revision.term() != null && revision.term().openEnded();
        form.termNoticeMonths = revision.term() == null ? null : revision.term().noticeMonths();
        return form;
    }

    /** A copy to start the next revision from (a revision is a full snapshot of the deal's terms). */
    RevisionForm copy() {
        RevisionForm copy = new RevisionForm();
        for (int i = 0; i < properties().size(); i++) {
            copyValue(properties().get(i), copy.properties().get(i));
        }
        copy.sources.setAll(sources);
        copy.untouchedValue = untouchedValue;
        copy.otherFigures = otherFigures;
        copy.legs = legs;
        copy.capacityClaim = capacityClaim;
        copy.options = options;
        copy.exitRights = exitRights;
        copy.termOpenEnded = termOpenEnded;
        copy.termNoticeMonths = termNoticeMonths;
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void copyValue(Observable from, Observable to) {
        ((javafx.beans.property.Property<Object>) to).setValue(((javafx.beans.property.Property<Object>) from).getValue());
    }

    /** Every editable property in a fixed order, for change tracking and undo. */
    List<Observable> properties() {
        return List.of(knownFrom, change, status, basis, amount, currency, confidence, termStart, termMonths,
                termAssumed, capacity, hardware, notes);
    }

    /** The values of the form, to tell whether anything changed since it was loaded. */
    List<Object> fingerprint() {
        List<Object> values = new ArrayList<>();
        for (Observable property : properties()) {
            values.add(((javafx.beans.value.ObservableValue<?>) property).getValue());
        }
        values.add(List.copyOf(sources));
        return values;
    }

    private static List<SourceEntry> entries(Revision revision) {
        Map<String, Source> byId = new LinkedHashMap<>();
        revision.sources().forEach(s -> byId.putIfAbsent(s.id(), s));
        revision.value().sources().forEach(s -> byId.putIfAbsent(s.id(), s));
        List<String> onRevision = revision.sources().stream().map(Source::id).toList();
        List<String> onValue = revision.value().sources().stream().map(Source::id).toList();
        return byId.values().stream()
                .map(s -> new SourceEntry(s, onRevision.contains(s.id()), onValue.contains(s.id())))
                .toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public StringProperty knownFromProperty() {
        return knownFrom;
    }

    public StringProperty changeProperty() {
        return change;
    }

    public ObjectProperty<DealStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<ValueBasis> basisProperty() {
        return basis;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<Confidence> confidenceProperty() {
        return confidence;
    }

    public StringProperty termStartProperty() {
        return termStart;
    }

    public StringProperty termMonthsProperty() {
        return termMonths;
    }

    public BooleanProperty termAssumedProperty() {
        return termAssumed;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty hardwareProperty() {
        return hardware;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<SourceEntry> sources() {
        return sources;
    }

    /** The property behind a revision field, for binding and for undo. */
    public javafx.beans.property.Property<?> property(EditorField field) {
        return switch (field) {
            case KNOWN_FROM -> knownFrom;
            case CHANGE -> change;
            case STATUS -> status;
            case BASIS -> basis;
            case AMOUNT -> amount;
            case CURRENCY -> currency;
            case CONFIDENCE -> confidence;
            case TERM_START -> termStart;
            case TERM_MONTHS -> termMonths;
            case TERM_ASSUMED -> termAssumed;
            case CAPACITY -> capacity;
            case HARDWARE -> hardware;
            case REVISION_NOTES -> notes;
            default -> throw new IllegalArgumentException("not a revision field: " + field);
        };
    }
}
