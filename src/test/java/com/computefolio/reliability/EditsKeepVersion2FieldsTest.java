package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.CitedSources;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.service.DealEdits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A scriptable edit or an import's source swap rebuilds a deal; whatever it rebuilds must keep every field it does
 * not mean to change, those of format version 2 included (roles, options, exit rights, capacity figures, open
 * terms, unsourced marks). The version 1 constructors that records keep for convenience would drop them in silence.
 */
class EditsKeepVersion2FieldsTest {

    private static final Path SHAPES = Path.of("src/test/resources/io/v2-shapes-portfolio.json");

    private static List<Deal> shapes() {
        Portfolio p = new com.computefolio.io.json.PortfolioJsonReader(new DealValidator()).read(SHAPES).portfolio();
        return p.deals();
    }

    @Test
    void editingTextFieldsOfTheCurrentRevisionKeepsEveryOtherField() throws Exception {
        DealEdits edits = DealEdits.parse(List.of("title=Renamed", "notes=edited", "hardware=GB300", "change=retitled"));
        for (Deal deal : shapes()) {
            Deal edited = edits.applyTo(deal, null);

            assertThat(edited.roles()).isEqualTo(deal.roles());
            assertThat(edited.revisions()).hasSameSizeAs(deal.revisions());
            Revision before = deal.current();
            Revision after = edited.current();
            assertThat(after.withHardware(before.hardware()).withChange(before.change())).isEqualTo(before);
        }
    }

    @Test
    void aConfidenceEditKeepsTheUnsourcedMarkAndTheCapacityFigure() throws Exception {
        DealEdits edits = DealEdits.parse(List.of("confidence=REPORTED"));
        for (Deal deal : shapes()) {
            Revision before = deal.current();
            Revision after = edits.applyTo(deal, null).current();

            assertThat(after.value().unsourced()).isEqualTo(before.value().unsourced());
            assertThat(after.capacityClaim()).isEqualTo(before.capacityClaim());
            assertThat(after.options()).isEqualTo(before.options());
            assertThat(after.exitRights()).isEqualTo(before.exitRights());
            assertThat(after.term()).isEqualTo(before.term());
        }
    }

    @Test
    void aNewDatedRevisionCarriesEveryFieldOfTheOneItFollows() throws Exception {
        DealEdits edits = DealEdits.parse(List.of("notes=later"));
        for (Deal deal : shapes()) {
            LocalDate later = deal.current().knownFrom().plusYears(1);
            Deal edited = edits.applyTo(deal, later);

            Revision added = edited.current();
            assertThat(added.knownFrom()).isEqualTo(later);
            assertThat(added.withKnownFrom(deal.current().knownFrom(), deal.current().change())).isEqualTo(deal.current());
            assertThat(edited.roles()).isEqualTo(deal.roles());
        }
    }

    @Test
    void swappingEachCitedSourceForItselfGivesTheSameDeal() {
        for (Deal deal : shapes()) {
            assertThat(CitedSources.mapEach(deal, UnaryOperator.identity())).isEqualTo(deal);
        }
    }

    @Test
    void swappingSourcesReachesEveryPlaceTheWalkerVisits() {
        for (Deal deal : shapes()) {
            Deal swapped = CitedSources.mapEach(deal, s -> new com.computefolio.domain.Source(s.id() + "-x", s.publisher(),
                    s.title(), s.url(), s.published(), s.quote()));
            CitedSources.forEach(swapped, (path, sources) -> assertThat(sources).allSatisfy(s ->
                    assertThat(s.id()).as(deal.id() + " " + path).endsWith("-x")));
        }
    }
}
