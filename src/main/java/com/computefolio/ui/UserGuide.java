package com.computefolio.ui;

import com.computefolio.ui.common.Messages;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

/** Help > User Guide: what each part of the window is for, one topic and its paragraph a row. */
final class UserGuide {
    private static final List<Map.Entry<String, String>> TOPICS = List.of(
            Map.entry("guide.filters.title", "guide.filters.text"),
            Map.entry("guide.table.title", "guide.table.text"),
            Map.entry("guide.inspector.title", "guide.inspector.text"),
            Map.entry("guide.charts.title", "guide.charts.text"),
            Map.entry("guide.timeline.title", "guide.timeline.text"),
            Map.entry("guide.compare.title", "guide.compare.text"),
            Map.entry("guide.flows.title", "guide.flows.text"),
            Map.entry("guide.files.title", "guide.files.text"),
            Map.entry("guide.keyboard.title", "guide.keyboard.text"));

    private UserGuide() {
    }

    /** The guide's topics and their paragraphs in the window's language. */
    static List<Map.Entry<String, String>> rows(Messages messages) {
        return TOPICS.stream().<Map.Entry<String, String>>map(topic -> new AbstractMap.SimpleImmutableEntry<>(
                messages.get(topic.getKey()), messages.get(topic.getValue()))).toList();
    }
}
