package com.computefolio.ui.common;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/**
 * A table cell of names or titles, data in either script: each reads in its own direction (see
 * {@link Directions#ofText}), and a line that mixes Arabic with brackets, amounts or Latin names is drawn in runs
 * ({@link MixedCellText}), cut at its logical end when the column is narrow.
 */
public final class MixedTextCell<S> extends TableCell<S, String> {
    private final MixedCellText mixed = MixedCellText.follow(this);
    private final Tooltip tooltip;

    private MixedTextCell(OverrunStyle overrun, boolean tooltip) {
        setTextOverrun(overrun);
        this.tooltip = tooltip ? new Tooltip() : null;
    }

    /** Cells for a column of names. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> names() {
        return column -> new MixedTextCell<>(OverrunStyle.ELLIPSIS, false);
    }

    /**
     * Cells for a column of long titles: the whole title in a tooltip; a plain title cut in the middle at a word (titles
     * of one counterparty share their start and differ at the end), a mixed one at its end.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> titles() {
        return column -> new MixedTextCell<>(OverrunStyle.CENTER_WORD_ELLIPSIS, true);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty ? null : item;
        setNodeOrientation(Directions.ofText(text));
        setText(text);
        if (tooltip != null) {
            tooltip.setText(text);
            setTooltip(text == null ? null : tooltip);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        mixed.layout();
    }
}
