package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleColumnTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** Lines of 20 points from the first page's top: how many fit above the content's bottom. */
    private static final int FIT = (int) ((ReportPainter.CONTENT_BOTTOM - TitleColumn.FIRST_TOP) / 20) + 1;

    private static TitleColumn lines(int count) {
        TitleColumn column = new TitleColumn(400);
        for (int i = 0; i < count; i++) {
            column.paragraph("line " + i, FONT, Color.BLACK, 20);
        }
        return column;
    }

    @Test
    void aColumnThatFitsStaysOnTheFirstPageWhereItWasAlwaysDrawn() {
        List<List<TitleColumn.Line>> pages = lines(3).gap(6).paragraph("after a gap", FONT, Color.BLACK, 20).pages();

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).extracting(TitleColumn.Line::y)
                .containsExactly(TitleColumn.FIRST_TOP, TitleColumn.FIRST_TOP + 20, TitleColumn.FIRST_TOP + 40, TitleColumn.FIRST_TOP + 66);
    }

    @Test
    void aLongColumnContinuesOnTheNextPageAndNoBaselinePassesTheContentsBottom() {
        List<List<TitleColumn.Line>> pages = lines(FIT + 5).pages();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).hasSize(FIT);
        assertThat(pages.get(1).get(0).y()).isEqualTo(TitleColumn.NEXT_TOP);
        assertThat(pages).flatExtracting(page -> page).allSatisfy(line -> assertThat(line.y()).isLessThanOrEqualTo(ReportPainter.CONTENT_BOTTOM));
    }

    @Test
    void aHeadingIsNeverLeftAloneAtAPagesFoot() {
        List<List<TitleColumn.Line>> pages = lines(FIT - 1).heading("heading", FONT, Color.BLACK, 20)
                .paragraph("under it", FONT, Color.BLACK, 20).pages();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).extracting(TitleColumn.Line::text).containsExactly("heading", "under it");
    }
}
