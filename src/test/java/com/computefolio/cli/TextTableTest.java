package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.cli.TextTable.Align;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsTextLeftAndNumbersRightWithTheTotalBelowASecondRule() {
        TextTable table = new TextTable().column("Counterparty", Align.LEFT).column("Value", Align.RIGHT)
                .row(List.of("Amazon (AWS)", "$38.00B"))
                .row(List.of("Oracle", "$300.00B"))
                .total(List.of("Total", "$338.00B"));
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text));

        assertThat(text.toString().lines().toList()).containsExactly(
                "Counterparty     Value",
                "------------  --------",
                "Amazon (AWS)   $38.00B",
                "Oracle        $300.00B",
                "------------  --------",
                "Total         $338.00B");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        TextTable table = new TextTable().column("A", Align.LEFT);

        assertThatThrownBy(() -> table.row(List.of("1", "2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
