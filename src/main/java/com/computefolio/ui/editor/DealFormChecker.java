package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.service.text.ProblemTexts;
import com.computefolio.ui.common.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything wrong with the form now: fields that cannot be read, then what the domain's
 * {@link DealValidator} says about the deal they make, each placed on its field. The party and
 * deal ids it checks against are gathered once per portfolio snapshot, not per keystroke.
 */
final class DealFormChecker {

    /** @param deal the deal the form makes, or null while some field cannot be read */
    record Checked(Deal deal, List<FieldProblem> problems) {
        boolean valid() {
            return deal != null && problems.isEmpty();
        }
    }

    private final DealFormParser parser;
    private final DealValidator validator = new DealValidator();
    private final Messages messages;
    /** The validator's problems in the window's language. */
    private final ProblemTexts words;
    private Portfolio idsFor;
    private Set<String> partyIds = Set.of();
    private Set<String> dealIds = Set.of();

    DealFormChecker(Messages messages) {
        this.parser = new DealFormParser(messages);
        this.messages = messages;
        this.words = new ProblemTexts(messages.texts());
    }

    /** @param isNew a new deal must not take an id another deal has */
    Checked check(DealForm form, Portfolio portfolio, boolean isNew) {
        DealFormParser.Parsed parsed = parser.parse(form);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        Deal deal = parsed.deal();
        if (deal != null) {
            refreshKnownIds(portfolio);
            if (isNew && dealIds.contains(deal.id())) {
                problems.add(new FieldProblem(null, EditorField.ID, messages.format("editor.error.idTaken", deal.id())));
            }
            for (Problem problem : validator.validate(deal, partyIds, dealIds)) {
                problems.add(ProblemPlacement.place(problem, parsed.byPosition(), words));
            }
        }
        return new Checked(deal, List.copyOf(problems));
    }

    private void refreshKnownIds(Portfolio portfolio) {
        if (portfolio != idsFor) {
            idsFor = portfolio;
            partyIds = new HashSet<>();
            portfolio.parties().forEach(p -> partyIds.add(p.id()));
            dealIds = new HashSet<>();
            portfolio.deals().forEach(d -> dealIds.add(d.id()));
        }
    }
}
