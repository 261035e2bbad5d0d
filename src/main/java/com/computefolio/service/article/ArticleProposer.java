package com.computefolio.service.article;

import com.computefolio.domain.Portfolio;

/**
 * Reads an article and proposes changes to the register (issue 19, docs/article-proposer.md). Writes nothing:
 * the window reviews a proposal and saves it through the usual edit; the command line prints it as portfolio JSON.
 */
public final class ArticleProposer {

    /** What the article suggests for this register: new deals, new revisions, mentions and sentences not used. */
    public ProposalSet propose(Article article, Portfolio register) {
        throw new UnsupportedOperationException("issue 19: the extraction engine lands with this branch's merge");
    }
}
