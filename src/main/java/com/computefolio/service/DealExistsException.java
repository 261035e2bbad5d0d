package com.computefolio.service;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.util.List;

/**
 * An import that may only add deals ({@code add}) met deal ids the register already has: another
 * writer got there first, or the deal was there all along. Nothing was written; {@code set} or
 * {@code import} change an existing deal.
 */
public class DealExistsException extends ValidationException {
    private final List<String> dealIds;

    public DealExistsException(List<String> dealIds) {
        super(dealIds.stream().map(id -> Problem.at("deals." + id,
                ProblemText.say(ProblemKey.DEAL_EXISTS, id), ProblemText.say(ProblemKey.EXPECT_NEW_DEAL_ID)))

                .toList());
        this.dealIds = List.copyOf(dealIds);
    }

    public List<String> dealIds() {
        return dealIds;
    }
}
