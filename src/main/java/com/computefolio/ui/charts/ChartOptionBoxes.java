package com.computefolio.ui.charts;

import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartType;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The option pickers of the chart views, each choice named from the charts bundle. */
final class ChartOptionBoxes {

    private ChartOptionBoxes() {
    }

    static ComboBox<ChartType> chartTypes(ResourceBundle bundle, List<ChartType> types) {
        return box(types, type -> switch (type) {
            case COMMITMENTS -> bundle.getString("charts.type.commitments");
            case CUMULATIVE -> bundle.getString("charts.type.cumulative");
            case CAPACITY -> bundle.getString("charts.type.capacity");
            case RUN_RATE -> bundle.getString("charts.type.runRate");
            case CAPACITY_CONTRACTED -> bundle.getString("charts.type.capacityContracted");
            case TIMELINE -> bundle.getString("charts.type.timeline");
            case FLOWS -> bundle.getString("charts.type.flows");
            case COMPARE -> bundle.getString("charts.type.compare");
        });
    }

    static ComboBox<GroupBy> groupings(ResourceBundle bundle, List<GroupBy> groupings) {
        return box(groupings, groupBy -> switch (groupBy) {
            case COUNTERPARTY -> bundle.getString("charts.groupBy.counterparty");
            case KIND -> bundle.getString("charts.groupBy.kind");
            case STATUS -> bundle.getString("charts.groupBy.status");
            case CONFIDENCE -> bundle.getString("charts.groupBy.confidence");
            case BUYER -> bundle.getString("charts.groupBy.buyer");
            case YEAR -> bundle.getString("charts.groupBy.year");
            case NONE -> bundle.getString("charts.groupBy.none");
        });
    }

    static ComboBox<Granularity> granularities(ResourceBundle bundle, List<Granularity> granularities) {
        return box(granularities, granularity -> switch (granularity) {
            case MONTH -> bundle.getString("charts.granularity.month");
            case QUARTER -> bundle.getString("charts.granularity.quarter");
            case YEAR -> bundle.getString("charts.granularity.year");
        });
    }

    /** A caption before its control, the caption naming the control for screen readers. */
    static Node labelled(String caption, ComboBox<?> box) {
        Label label = new Label(caption);
        label.setLabelFor(box);
        HBox pair = new HBox(6, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static <T> ComboBox<T> box(List<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(v -> name.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }
}
