package com.computefolio.service.article;

import java.util.Optional;

/**
 * A deal the article mentions without a figure of its own to propose (background, an earlier deal): matched to the
 * register's deal when parties and kind say which, listed either way so the analyst sees it was read.
 *
 * @param dealId the register's deal it refers to, or empty when none matches
 * @param partyIds the register's parties named in the sentence
 */
public record Mention(Optional<String> dealId, java.util.List<String> partyIds, Evidence evidence) {
    public Mention {
        dealId = dealId == null ? Optional.empty() : dealId;
        partyIds = java.util.List.copyOf(partyIds == null ? java.util.List.of() : partyIds);
    }
}
