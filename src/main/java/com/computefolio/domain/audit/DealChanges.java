package com.computefolio.domain.audit;

import com.computefolio.domain.Deal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The one comparison of two versions of a deal, field by field, that every audited write uses. */
public final class DealChanges {

    private DealChanges() {
    }

    /**
     * What changed from {@code before} to {@code after}, in the deal's field order (fields that only
     * {@code before} had come last). Either may be null: a new deal lists every field it
     * has as added, a deleted one every field as removed. The version is not compared.
     */
    public static List<FieldChange> between(Deal before, Deal after) {
        Map<String, String> old = DealFields.of(before);
        Map<String, String> now = DealFields.of(after);
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : now.entrySet()) {
            String was = old.get(field.getKey());
            if (!Objects.equals(was, field.getValue())) {
                changes.add(new FieldChange(field.getKey(), was, field.getValue()));
            }
        }
        for (Map.Entry<String, String> field : old.entrySet()) {
            if (!now.containsKey(field.getKey())) {
                changes.add(new FieldChange(field.getKey(), field.getValue(), null));
            }
        }
        return List.copyOf(changes);
    }
}
