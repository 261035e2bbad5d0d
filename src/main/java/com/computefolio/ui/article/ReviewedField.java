package com.computefolio.ui.article;

import com.computefolio.service.article.Evidence;
import com.computefolio.service.article.ProposedField;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One line of the review: a field, its proposed value as the window shows it, the words it was read from, and whether
 * the analyst takes it. A field the article does not state shows as such, unticked, and cannot be ticked.
 */
public final class ReviewedField {
    private final ProposedField field;
    private final String name;
    private final String value;
    private final String words;
    private final Evidence evidence;
    private final BooleanProperty accepted;

    ReviewedField(ProposedField field, String name, String value, String words, Evidence evidence) {
        this.field = field;
        this.name = name;
        this.value = value;
        this.words = words;
        this.evidence = evidence;
        this.accepted = new SimpleBooleanProperty(evidence != null);
        // A missing field has nothing to accept: ticking it is undone at once, whatever the view allows.
        accepted.addListener((obs, was, now) -> {
            if (now && evidence == null) {
                accepted.set(false);
            }
        });
    }

    public ProposedField field() {
        return field;
    }

    /** The field's name in the window's language ("Value", "القيمة"). */
    public String name() {
        return name;
    }

    /** The proposed value, formatted; for a missing field, "not in the article". */
    public String value() {
        return value;
    }

    /** The article's words the value was read from, empty for a missing field. */
    public String words() {
        return words;
    }

    /** Where it was read; null when the article does not state it. */
    public Evidence evidence() {
        return evidence;
    }

    public boolean found() {
        return evidence != null;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public boolean isAccepted() {
        return accepted.get();
    }
}
