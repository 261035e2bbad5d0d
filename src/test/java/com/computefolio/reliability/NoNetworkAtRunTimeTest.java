package com.computefolio.reliability;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Computefolio never goes on the network by itself: no HTTP client, socket, URL connection or
 * remote lookup anywhere in the application. (Opening a source's address hands it to the user's
 * browser, which is the user's choice; see {@link SafeLinksTest}.) Checked twice: in the compiled
 * classes, which catches fully qualified and indirect uses, and in the source text, with a
 * scanner that is itself shown to catch the usual ways in.
 */
class NoNetworkAtRunTimeTest {

    /** Addresses are parsed (java.net.URI) to check them; that is all of java.net the application may use. */
    private static final Pattern NETWORK_USE = Pattern.compile(
            "java\\.net\\.http|javax\\.net\\.|HttpURLConnection|URLConnection|\\.openConnection\\s*\\(|\\.openStream\\s*\\("
                    + "|\\bnew\\s+URL\\s*\\(|\\.toURL\\s*\\(|\\b(?:Server|Datagram|SSL)?Socket\\b|SocketChannel|HttpClient"
                    + "|InetAddress|InitialContext|java\\.rmi|java\\.net\\.(?!URI\\b|URISyntaxException\\b)");

    @Test
    void noApplicationClassUsesTheNetwork() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.computefolio");

        noClasses().should().dependOnClassesThat(
                        resideInAnyPackage("java.net..", "javax.net..", "java.net.http..", "java.rmi..", "javax.naming..")
                                .and(not(simpleName("URI").or(simpleName("URISyntaxException")).or(simpleName("URL")))))
                .because("the application works offline: nothing it does may open a connection")
                .check(classes);
        noClasses().should().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .orShould().callConstructor(java.net.URL.class, String.class)
                .orShould().callMethod(java.net.URI.class, "toURL")
                .because("a URL may only name a resource inside the application, never be opened as a connection")
                .check(classes);
    }

    @Test
    void theApplicationSourceMentionsNoNetworkApi() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(networkUses(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }

        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import java.net.http.HttpClient;",
        "HttpClient.newHttpClient().send(request, handler);",
        "var c = (HttpURLConnection) url.openConnection();",
        "try (InputStream in = new URL(address).openStream()) {}",
        "new java.net.URL(\"https://example.com\");",
        "URI.create(link).toURL().openStream();",
        "Socket s = new Socket(\"example.com\", 80);",
        "java.nio.channels.SocketChannel.open();",
        "InetAddress.getByName(host);",
        "import java.net.Socket;",
        "import javax.net.ssl.SSLContext;",
        "new InitialContext().lookup(\"ldap://x\");",
    })
    void theScannerFindsTheUsualWaysOntoTheNetwork(String code) {
        assertThat(networkUses("Bad.java", code)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import java.net.URI;",
        "import java.net.URISyntaxException;",
        "URI uri = new URI(url.trim());",
        "getHostServices().showDocument(url);",
        "// no network: everything is local",
    })
    void parsingAnAddressIsNotUsingTheNetwork(String code) {
        assertThat(networkUses("Good.java", code)).isEmpty();
    }

    private static List<String> networkUses(String file, String source) {
        List<String> uses = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            Matcher m = NETWORK_USE.matcher(lines[i]);
            if (m.find()) {
                uses.add(file + ":" + (i + 1) + ": " + line);
            }
        }
        return uses;
    }
}
