package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.article.Article;
import com.computefolio.service.article.ArticleFile;
import com.computefolio.service.article.ArticleProposer;
import com.computefolio.service.article.ProposalJson;
import com.computefolio.service.article.ProposalSet;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Reads a news article and prints what it proposes for the register (issue 19): the proposals as a portfolio JSON
 * document on standard output, which {@code validate} and {@code import} accept, and a review on standard error
 * (with {@code --explain}, the review alone on standard output). Writes nothing to the register.
 *
 * <p>The article's address is required: every figure proposed cites the article as its source, and a source
 * without an address is not one (docs/format.md); the window instead lets a proposal go on unsourced.
 */
@Command(name = "propose")
final class ProposeCommand extends ServiceCommand {

    @Option(names = "--from", paramLabel = "FILE", required = true, descriptionKey = "from")
    private Path from;

    @Option(names = "--url", paramLabel = "URL", descriptionKey = "url")
    private String url;

    @Option(names = "--publisher", paramLabel = "NAME", descriptionKey = "publisher")
    private String publisher;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", descriptionKey = "published")
    private LocalDate published;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "title")
    private String title;

    @Option(names = "--explain", descriptionKey = "explain")
    private boolean explain;

    @Override
    public Integer call() {
        String text;
        try {
            text = ArticleFile.read(from);
        } catch (ArticleFile.ArticleFileException e) {
            throw usageError(switch (e.problem()) {
                case MISSING -> "error.propose.missing";
                case EMPTY -> "error.propose.empty";
                case NOT_UTF8 -> "error.propose.notUtf8";
                case TOO_LARGE -> "error.propose.tooLarge";
                case UNREADABLE -> "error.propose.unreadable";
            }, e.file(), e.offset());
        }
        if (url == null || url.isBlank()) {
            throw usageError("error.propose.noUrl");
        }
        if (!url.matches("(?i)https?://[^\\s/]+.*")) {
            throw usageError("error.propose.badUrl", url);
        }
        Portfolio register = portfolioService().portfolio();
        ProposalSet set = new ArticleProposer().propose(new Article(text, url, publisher, published, title), register);
        ProposalPrinter review = new ProposalPrinter(messages(), text);
        if (explain) {
            review.print(set, out());
            out().flush();
            return ExitCodes.OK;
        }
        out().println(new ProposalJson().toJson(set, register));
        out().flush();
        review.print(set, err());
        err().flush();
        return ExitCodes.OK;
    }
}
