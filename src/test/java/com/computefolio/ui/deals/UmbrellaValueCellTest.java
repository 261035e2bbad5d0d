package com.computefolio.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.DealView;
import com.computefolio.service.NettingLine;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.format.DisplayFormats;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The deals table shows an umbrella deal's registered headline with the share the totals count beside it, as the
 * report does, and sorts it by the headline; every other deal shows its value as before.
 */
class UmbrellaValueCellTest {
    private static final Portfolio CURATED = new PortfolioJsonReader(new DealValidator())
            .read(Path.of("data/openai-portfolio.json")).portfolio();
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
    private final Messages messages = Messages.english();
    private final DisplayFormats formats = new DisplayFormats(messages);

    private DealRow row(DealFilter filter, String id) {
        // The rows the table shows: the service's selection of the register as the filter sees it.
        DealView view = analysis.select(CURATED, DealSelectionQuery.of(filter)).rows().stream()
                .filter(v -> v.deal().id().equals(id)).findFirst().orElseThrow();
        NettingLine line = analysis.netting(CURATED, filter).stream().filter(l -> l.umbrellaId().equals(id)).findFirst()
                .orElse(null);
        return DealRow.of(view, line);
    }

    @Test
    void stargateShowsItsHeadlineAndTheCountedShare() {
        DealRow stargate = row(DealFilter.ALL, "stargate-us-2025");

        assertThat(stargate.netting()).isNotNull();
        assertThat(stargate.valueText(formats, messages)).isEqualTo("$500B (counted $193B)");
        assertThat(stargate.headlineMinor()).isEqualTo(500_000_000_000_00L);
    }

    @Test
    void withGrossOrForAnOrdinaryDealTheValueStandsAlone() {
        DealRow gross = row(DealFilter.ALL.withGross(true), "stargate-us-2025");
        DealRow aws = row(DealFilter.ALL, "aws-cloud-2025");

        assertThat(gross.netting()).isNull();
        assertThat(gross.valueText(formats, messages)).isEqualTo("$500B");
        assertThat(aws.netting()).isNull();
        assertThat(aws.valueText(formats, messages)).isEqualTo(formats.figure(aws.revision().value()));
    }
}
