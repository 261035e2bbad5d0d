package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartNotesTest {

    private final ChartNotes notes = new ChartNotes(ChartText.english());

    @Test
    void aPublisherCitedManyTimesListsItsFirstTenNumbersAndHowManyMore() {
        List<SourceRef> refs = new ArrayList<>();
        for (int n = 1; n <= 25_000; n++) {
            refs.add(new SourceRef(n, new Source("S" + n, n % 2 == 0 ? "Reuters" : "Compute Wire", "t", "https://example.com/" + n,
                    null, null)));
        }
        refs.add(new SourceRef(25_001, new Source("X", "OpenAI", "t", "https://example.com/x", null, null)));

        String footnote = notes.footnote(refs, List.of(), Map.of(), null);

        assertThat(footnote).isEqualTo("Sources: Compute Wire [1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 12,490 more];"
                + " Reuters [2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 12,490 more]; OpenAI [25001]");
    }
}
