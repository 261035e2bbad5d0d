package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.service.text.ProblemTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validator problems land on the field, and list entries on their list with the entry's index. */
class ProblemPlacementTest {
    private final RevisionForm first = new RevisionForm();
    private final RevisionForm second = new RevisionForm();

    private FieldProblem place(String path) {
        return ProblemPlacement.place(Problem.at(path, ProblemText.say(ProblemKey.DEAL_NO_TITLE)), List.of(first, second),
                ProblemTexts.english());
    }

    @Test
    void anEntryOfARevisionsListGoesToThatListWithItsIndex() {
        FieldProblem placed = place("revisions[1].options[2].exerciseUntil");

        assertThat(placed.revision()).isSameAs(second);
        assertThat(placed.field()).isEqualTo(EditorField.OPTIONS);
        assertThat(placed.entry()).isEqualTo(2);
        assertThat(place("revisions[0].schedule[0].amount").field()).isEqualTo(EditorField.LEGS);
        assertThat(place("revisions[0].exitRights[3].noticeDays").entry()).isEqualTo(3);
        assertThat(place("revisions[0].otherFigures[1].sources").field()).isEqualTo(EditorField.OTHER_FIGURES);
    }

    @Test
    void aProblemOfAWholeListHasNoEntry() {
        FieldProblem placed = place("revisions[0].schedule");

        assertThat(placed.field()).isEqualTo(EditorField.LEGS);
        assertThat(placed.entry()).isEqualTo(-1);
        assertThat(place("roles").field()).isEqualTo(EditorField.ROLES);
        assertThat(place("roles").entry()).isEqualTo(-1);
    }

    @Test
    void rolesAndLinksOfTheDealGoToTheirListsInAnImportsPathsToo() {
        assertThat(place("roles[1].share").field()).isEqualTo(EditorField.ROLES);
        assertThat(place("roles[1].share").entry()).isEqualTo(1);
        assertThat(place("$.deals[4].links[0].deal").field()).isEqualTo(EditorField.LINKS);
        assertThat(place("$.deals[4].links[0].deal").entry()).isZero();
    }

    @Test
    void theNewFieldsOfARevisionHaveTheirOwnPlaces() {
        assertThat(place("revisions[0].term.noticeMonths").field()).isEqualTo(EditorField.TERM_NOTICE);
        assertThat(place("revisions[0].value.unsourced").field()).isEqualTo(EditorField.VALUE_UNSOURCED);
        assertThat(place("revisions[0].value.sources").field()).isEqualTo(EditorField.SOURCES);
        assertThat(place("revisions[0].capacity.sources[0]").field()).isEqualTo(EditorField.CAPACITY_SOURCES);
        assertThat(place("revisions[0].capacity.unsourced").field()).isEqualTo(EditorField.CAPACITY_UNSOURCED);
        assertThat(place("revisions[0].capacityGw").field()).isEqualTo(EditorField.CAPACITY);
        assertThat(place("revisions[0].value.amount").entry()).isEqualTo(-1);
    }
}
