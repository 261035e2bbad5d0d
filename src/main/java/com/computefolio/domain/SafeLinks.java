package com.computefolio.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses the window may hand to the system browser: absolute http or https URLs with a
 * host, nothing else. A source's address comes from files anyone can write, and the desktop opens
 * {@code file:}, {@code javascript:}, {@code smb:} or custom-scheme links with whatever program
 * claims them; refusing them here keeps a crafted portfolio file from running anything.
 */
public final class SafeLinks {

    private SafeLinks() {
    }

    public static boolean isOpenable(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
