package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceIdsOrderTest {

    @Test
    void digitRunsCompareAsNumbersWithLeadingZerosIgnored() {
        List<String> ids = new ArrayList<>(List.of("S10", "S2", "S002", "GS100", "GS9", "S0", "S000", "S1~2", "S1", "T"));

        ids.sort(SourceIds.NATURAL_ORDER);

        assertThat(ids).containsExactly("GS9", "GS100", "S0", "S000", "S1", "S1~2", "S002", "S2", "S10", "T");
    }
}
