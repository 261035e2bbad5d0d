package com.computefolio.domain;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

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
            problems.add(Problem.at(path + ".publisher", say(SOURCE_NO_PUBLISHER, source.id()), say(EXPECT_PUBLISHER)));
        }
        if (!TextChecks.check(source.url(), DealLimits.URL, path + ".url", problems)) {
            return; // the address is refused already; saying why it is no URL would only repeat it
        }
        ProblemText why = urlProblem(source.url());
        if (why != null) {
            problems.add(Problem.at(path + ".url", say(SOURCE_BAD_URL, source.id(), source.url(), why), say(EXPECT_HTTP_URL)));
        }
    }

    /** Why the URL is unusable, or null if it is fine. */
    static ProblemText urlProblem(String url) {
        if (url.isBlank()) {
            return say(URL_EMPTY);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return say(URL_MALFORMED, reason(e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return say(URL_NOT_HTTP);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return say(URL_NO_HOST);

        }
        return null;
    }

    /**
     * The JDK's reason (java.net.URI's parser) as a key, its English word for word; a reason not known here is
     * quoted as the library's details.
     */
    private static ProblemText reason(String jdk) {
        String illegal = "Illegal character in ";
        if (jdk != null && jdk.startsWith(illegal)) {
            ProblemKey part = switch (jdk.substring(illegal.length())) {
                case "scheme name" -> URI_PART_SCHEME;
                case "authority" -> URI_PART_AUTHORITY;
                case "hostname" -> URI_PART_HOSTNAME;
                case "user info" -> URI_PART_USER_INFO;
                case "path" -> URI_PART_PATH;
                case "query" -> URI_PART_QUERY;
                case "fragment" -> URI_PART_FRAGMENT;
                case "opaque part" -> URI_PART_OPAQUE;
                default -> null;
            };
            if (part != null) {
                return say(URI_ILLEGAL_CHARACTER, say(part));
            }
        }
        if ("Expected scheme name".equals(jdk)) {
            return say(URI_EXPECTED_SCHEME);
        }
        if ("Expected authority".equals(jdk)) {
            return say(URI_EXPECTED_AUTHORITY);
        }
        if ("Malformed escape pair".equals(jdk)) {
            return say(URI_MALFORMED_ESCAPE);
        }
        return say(LIBRARY_DETAILS, jdk);
    }
}
