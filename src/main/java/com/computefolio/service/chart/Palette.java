package com.computefolio.service.chart;

import com.computefolio.service.GroupBy;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Colours for series keys. The palette is Tableau 10, designed to stay distinguishable for most
 * colour-vision deficiencies; the style (solid, light, dashed) carries confidence, so colour only
 * has to tell groups apart.
 *
 * <p>The same key gets the same colour in every chart: enum groups (kind, status, confidence) by
 * their position in the enum, other keys (parties, years) by a stable hash of the key. Only when two
 * keys of one chart land on the same colour does the smaller one move to the next free colour.
 */
public final class Palette {

    /** Tableau 10 without its grey, which is kept for "Other". */
    static final List<ChartColor> COLOURS = List.of(
            ChartColor.of(0x4E79A7), ChartColor.of(0xF28E2B), ChartColor.of(0xE15759), ChartColor.of(0x76B7B2), ChartColor.of(0x59A14F),
            ChartColor.of(0xEDC948), ChartColor.of(0xB07AA1), ChartColor.of(0xFF9DA7), ChartColor.of(0x9C755F));
    static final ChartColor OTHER = ChartColor.of(0xBAB0AC);
    /** Swatches that explain a style rather than a group. */
    static final ChartColor NEUTRAL = ChartColor.of(0x6B6B6B);

    /** The preferred colour of a key, before collisions within one chart are resolved. */
    public ChartColor preferred(GroupBy groupBy, String key) {
        return COLOURS.get(preferredSlot(groupBy, key));
    }

    /**
     * Colours for the keys of one chart, given largest group first so that the largest keep their
     * preferred colour when two collide. Once every colour is taken, colours repeat.
     */
    public Map<String, ChartColor> assign(GroupBy groupBy, List<String> keysLargestFirst) {
        Map<String, ChartColor> result = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (String key : keysLargestFirst) {
            if (ChartModel.OTHER_KEY.equals(key)) {
                result.put(key, OTHER);
                continue;
            }
            int slot = preferredSlot(groupBy, key);
            if (taken.size() >= COLOURS.size()) {
                result.put(key, COLOURS.get(slot));
                continue;
            }
            while (taken.contains(slot)) {
                slot = (slot + 1) % COLOURS.size();
            }
            taken.add(slot);
            result.put(key, COLOURS.get(slot));
        }
        return result;
    }

    /** The fill of a series: the group colour, a light tint of it, or almost white for estimates. */
    public static ChartColor fill(ChartColor colour, SeriesStyle style) {
        return switch (style) {
            case SOLID -> colour;
            case LIGHT -> colour.tint(0.55);
            case DASHED -> colour.tint(0.85);
        };
    }

    /** The edge of a series on a light fill: a darker shade of its colour. */
    public static ChartColor edge(ChartColor colour) {
        return colour.shade(0.15);
    }

    private static int preferredSlot(GroupBy groupBy, String key) {
        int ordinal = enumOrdinal(groupBy, key);
        if (ordinal >= 0) {
            return ordinal % COLOURS.size();
        }
        // String.hashCode is specified by the JLS, so the slot is the same on every machine and run.
        return Math.floorMod(key.hashCode(), COLOURS.size());
    }

    private static int enumOrdinal(GroupBy groupBy, String key) {
        try {
            return switch (groupBy) {
                case KIND -> com.computefolio.domain.DealKind.valueOf(key).ordinal();
                case STATUS -> com.computefolio.domain.DealStatus.valueOf(key).ordinal();
                case CONFIDENCE -> com.computefolio.domain.Confidence.valueOf(key).ordinal();
                default -> -1;
            };
        } catch (IllegalArgumentException notAnEnumName) {
            return -1;
        }
    }
}
