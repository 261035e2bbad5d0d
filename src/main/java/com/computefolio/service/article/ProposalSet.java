package com.computefolio.service.article;

import java.util.List;
import java.util.Objects;

/** Everything one article suggests: the proposals, the deals it only mentions, and what it says that was not used. */
public record ProposalSet(Article article, List<Proposal> proposals, List<Mention> mentions, List<UnusedSentence> notUsed) {
    public ProposalSet {
        Objects.requireNonNull(article, "article");
        proposals = List.copyOf(proposals == null ? List.of() : proposals);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        notUsed = List.copyOf(notUsed == null ? List.of() : notUsed);
    }
}
