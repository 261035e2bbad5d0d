package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.SafeLinks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source's address comes from files anyone can write; the window hands only http and https
 * addresses to the system browser (the deal editor asks {@link SafeLinks} before opening one).
 */
class SafeLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://openai.com/index/aws-and-openai-partnership/",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/Upper",
        "  https://example.com/padded  ",
        "https://example.com:8443/a?b=c#d",
    })
    void webAddressesMayBeOpened(String url) {
        assertThat(SafeLinks.isOpenable(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "file:///etc/passwd",
        "file://server/share/run.exe",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "smb://attacker/share",
        "ftp://example.com/file",
        "mailto:someone@example.com",
        "vbscript:msgbox",
        "ms-msdt:/id PCWDiagnostic",
        "jar:file:/tmp/x.jar!/",
        "https:///no-host",
        "https://",
        "//example.com/scheme-relative",
        "example.com",
        "https://exa mple.com",
        "http://[not-an-ip/",
    })
    void everythingElseIsRefused(String url) {
        assertThat(SafeLinks.isOpenable(url)).isFalse();
    }
}
