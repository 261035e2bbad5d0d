package com.computefolio.ui.editor;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.ExitRight;
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
 * with its error rather than lost) and choices as values. Lists (schedule legs, options, exit
 * rights, other figures) hold finished entries, each edited through its own draft; what the editor
 * does not show (the value's estimate range and label) is carried along unchanged.
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
    /** A term with a start and no stated end: its months are the horizon it is scheduled over (ADR 20). */
    final BooleanProperty termOpenEnded = new SimpleBooleanProperty();
    final StringProperty termNotice = new SimpleStringProperty("");
    /** The value's source is not yet found (ADR 21): the only way a value may be saved without a source. */
    final BooleanProperty valueUnsourced = new SimpleBooleanProperty();
    final StringProperty capacity = new SimpleStringProperty("");
    final ObjectProperty<CapacityBasis> capacityBasis = new SimpleObjectProperty<>(CapacityBasis.TOTAL);
    /** Null: the capacity's confidence is not stated apart from the revision's. */
    final ObjectProperty<Confidence> capacityConfidence = new SimpleObjectProperty<>();
    final StringProperty capacityLabel = new SimpleStringProperty("");
    final BooleanProperty capacityUnsourced = new SimpleBooleanProperty();
    /** Empty: the revision's own sources speak for the capacity. */
    final ObservableList<Source> capacitySources = FXCollections.observableArrayList();
    final StringProperty hardware = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<SourceEntry> sources = FXCollections.observableArrayList();
    final ObservableList<Figure> otherFigures = FXCollections.observableArrayList();
    final ObservableList<ScheduleLeg> legs = FXCollections.observableArrayList();
    final ObservableList<DealOption> options = FXCollections.observableArrayList();
    final ObservableList<ExitRight> exitRights = FXCollections.observableArrayList();
    /** Parts of the value the form does not edit (its estimate range and label). */
    Figure untouchedValue;

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
            form.termOpenEnded.set(revision.term().openEnded());
            form.termNotice.set(revision.term().noticeMonths() == null ? "" : revision.term().noticeMonths().toString());
        }
        form.valueUnsourced.set(value.unsourced());
        form.capacity.set(revision.capacity() == null ? "" : revision.capacity().gigawatts().toPlainString());
        form.hardware.set(text(revision.hardware()));
        form.notes.set(text(revision.notes()));
        form.sources.setAll(entries(revision));
        form.untouchedValue = value;
        form.otherFigures.setAll(revision.otherFigures());
        form.legs.setAll(revision.legs());
        form.options.setAll(revision.options());
        form.exitRights.setAll(revision.exitRights());
        CapacityClaim claim = revision.capacityClaim();
        if (claim != null) {
            form.capacityBasis.set(claim.basis());
            form.capacityConfidence.set(claim.confidence());
            form.capacityLabel.set(text(claim.label()));
            form.capacityUnsourced.set(claim.unsourced());
            form.capacitySources.setAll(claim.sources());
        }
        return form;
    }

    /** A copy to start the next revision from (a revision is a full snapshot of the deal's terms). */
    RevisionForm copy() {
        RevisionForm copy = new RevisionForm();
        for (int i = 0; i < properties().size(); i++) {
            copyValue(properties().get(i), copy.properties().get(i));
        }
        for (int i = 0; i < lists().size(); i++) {
            copyList(lists().get(i), copy.lists().get(i));
        }
        copy.untouchedValue = untouchedValue;
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void copyValue(Observable from, Observable to) {
        ((javafx.beans.property.Property<Object>) to).setValue(((javafx.beans.property.Property<Object>) from).getValue());
    }

    @SuppressWarnings("unchecked")
    private static void copyList(ObservableList<?> from, ObservableList<?> to) {
        ((ObservableList<Object>) to).setAll(from);
    }

    /** Every editable property in a fixed order, for change tracking and undo. */
    List<Observable> properties() {
        return List.of(knownFrom, change, status, basis, amount, currency, confidence, valueUnsourced, termStart, termMonths,
                termAssumed, termOpenEnded, termNotice, capacity, capacityBasis, capacityConfidence, capacityLabel,
                capacityUnsourced, hardware, notes);
    }

    /** Every list of entries in a fixed order, for change tracking and copies. */
    List<ObservableList<?>> lists() {
        return List.of(sources, capacitySources, otherFigures, legs, options, exitRights);
    }

    /** The values of the form, to tell whether anything changed since it was loaded. */
    List<Object> fingerprint() {
        List<Object> values = new ArrayList<>();
        for (Observable property : properties()) {
            values.add(((javafx.beans.value.ObservableValue<?>) property).getValue());
        }
        for (ObservableList<?> list : lists()) {
            values.add(List.copyOf(list));
        }
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

    /** The list behind a list field of the revision. */
    ObservableList<?> list(EditorField field) {
        return switch (field) {
            case SOURCES -> sources;
            case CAPACITY_SOURCES -> capacitySources;
            case OTHER_FIGURES -> otherFigures;
            case LEGS -> legs;
            case OPTIONS -> options;
            case EXIT_RIGHTS -> exitRights;
            default -> throw new IllegalArgumentException("not a list of a revision: " + field);
        };
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
            case TERM_OPEN_ENDED -> termOpenEnded;
            case TERM_NOTICE -> termNotice;
            case VALUE_UNSOURCED -> valueUnsourced;
            case CAPACITY -> capacity;
            case CAPACITY_BASIS -> capacityBasis;
            case CAPACITY_CONFIDENCE -> capacityConfidence;
            case CAPACITY_LABEL -> capacityLabel;
            case CAPACITY_UNSOURCED -> capacityUnsourced;
            case HARDWARE -> hardware;
            case REVISION_NOTES -> notes;
            default -> throw new IllegalArgumentException("not a revision field: " + field);
        };
    }
}
