package com.computefolio.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a source's address: it must be an absolute http or https URL that a browser can open. */
final class SourceChecks {

    private SourceChecks() {
    }

    /**
     * Checks each source in the list that has not been checked before (a source shared by several
     * figures is reported once, at its first use).
     */
    static void check(List<Source> sources, String listPath, Set<Source> alreadyChecked, List<Problem> problems) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (alreadyChecked.add(source)) {
                checkOne(source, listPath + "[" + i + "]", problems);
            }
        }
    }

    private static void checkOne(Source source, String path, List<Problem> problems) {
        TextChecks.check(source.id(), DealLimits.ID, path + ".id", problems);
        TextChecks.check(source.publisher(), DealLimits.NAME, path + ".publisher", problems);
        TextChecks.check(source.title(), DealLimits.SOURCE_TITLE, path + ".title", problems);
        TextChecks.check(source.quote(), DealLimits.QUOTE, path + ".quote", problems);
        if (source.publisher().isBlank()) {
            problems.add(Problem.at(path + ".publisher", "The source " + source.id() + " has no publisher.",
                    "the name of the publisher"));
        }
        if (!TextChecks.check(source.url(), DealLimits.URL, path + ".url", problems)) {
            return; // the address is refused already; saying why it is no URL would only repeat it
        }
        String why = urlProblem(source.url());
        if (why != null) {
            problems.add(Problem.at(path + ".url", "The source " + source.id() + " has the address \"" + source.url()
                    + "\", which " + why + ".", "an http:// or https:// URL"));
        }
    }

    /** Why the URL is unusable, or null if it is fine. */
    static String urlProblem(String url) {
        if (url.isBlank()) {
            return "is empty";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a well-formed URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "is not an http or https address";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "names no host";
        }
        return null;
    }
}
