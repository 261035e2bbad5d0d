package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Revision;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deal being edited, field by field, as the user typed it. Holds no rules: parsing is
 * {@link DealFormParser}'s job and checking is the validator's.
 */
public final class DealForm {
    final StringProperty id = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<String> buyer = new SimpleObjectProperty<>();
    final ObjectProperty<String> counterparty = new SimpleObjectProperty<>();
    final ObjectProperty<DealKind> kind = new SimpleObjectProperty<>(DealKind.CLOUD_SERVICES);
    final ObjectProperty<MoneyDirection> direction = new SimpleObjectProperty<>(MoneyDirection.COMMITMENT);
    final StringProperty announced = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    /** In the order they were loaded (knownFrom order); added revisions go at the end. */
    final ObservableList<RevisionForm> revisions = FXCollections.observableArrayList();
    final ObservableList<DealLink> links = FXCollections.observableArrayList();
    /** Parties in roles besides buyer and counterparty (format version 2, ADR 19). */
    final ObservableList<DealRole> roles = FXCollections.observableArrayList();
    /** Title and notes in other languages (ADR 34), not edited by the form yet: kept as they are. */
    com.computefolio.domain.Translations translations = com.computefolio.domain.Translations.NONE;
    long version;

    /** Shows a deal in the form, replacing whatever was there. */
    void load(Deal deal) {
        id.set(deal.id());
        title.set(deal.title());
        // A new deal names no party yet: the choice box shows empty rather than an id "".
        buyer.set(deal.buyerId().isBlank() ? null : deal.buyerId());
        counterparty.set(deal.counterpartyId().isBlank() ? null : deal.counterpartyId());
        kind.set(deal.kind());
        direction.set(deal.direction());
        announced.set(deal.announced().toString());
        tags.set(String.join(", ", deal.tags()));
        notes.set(deal.notes() == null ? "" : deal.notes());
        List<RevisionForm> forms = new ArrayList<>();
        for (Revision revision : deal.revisions()) {
            forms.add(RevisionForm.of(revision));
        }
        revisions.setAll(forms);
        links.setAll(deal.links());
        roles.setAll(deal.roles());
        translations = deal.translations();
        version = deal.version();
    }

    List<Observable> properties() {
        return List.of(id, title, buyer, counterparty, kind, direction, announced, tags, notes);
    }

    /** Everything the user can change, to compare with the state at load time. */
    List<Object> fingerprint() {
        List<Object> values = new ArrayList<>();
        for (Observable property : properties()) {
            values.add(((ObservableValue<?>) property).getValue());
        }
        values.add(List.copyOf(links));
        values.add(List.copyOf(roles));
        for (RevisionForm revision : revisions) {
            values.add(revision.fingerprint());
        }
        return values;
    }

    public ObservableList<RevisionForm> revisions() {
        return revisions;
    }

    /** The property behind a deal-level field. */
    public Property<?> property(EditorField field) {
        return switch (field) {
            case ID -> id;
            case TITLE -> title;
            case BUYER -> buyer;
            case COUNTERPARTY -> counterparty;
            case KIND -> kind;
            case DIRECTION -> direction;
            case ANNOUNCED -> announced;
            case TAGS -> tags;
            case NOTES -> notes;
            default -> throw new IllegalArgumentException("not a deal field: " + field);
        };
    }

    /** The list behind a list field of the deal. */
    ObservableList<?> list(EditorField field) {
        return switch (field) {
            case LINKS -> links;
            case ROLES -> roles;
            default -> throw new IllegalArgumentException("not a list of the deal: " + field);
        };
    }
}
