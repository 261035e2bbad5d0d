package com.computefolio.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * A table cell for an amount or a percentage, alone or among words ("-$300B", "16.24%", "~924 مليار دولار (تقدير)",
 * "-3.5 مليار دولار"): text with Arabic is shown as its pieces in reading order, the amount left to right with its
 * sign where the number starts (see {@link AmountLabels}); a bare amount is drawn as text, which JavaFX orders right.
 * Names and titles in cells have their own cell class.
 */
public class AmountCell<S> extends TableCell<S, String> {

    public AmountCell() {
        AmountLabels.install(this);
    }

    /** The cell factory of a column of amounts: {@code column.setCellFactory(AmountCell.factory())}. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> factory() {
        return column -> new AmountCell<>();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
