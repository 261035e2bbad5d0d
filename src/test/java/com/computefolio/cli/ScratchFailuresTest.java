package com.computefolio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFailuresTest {
    @TempDir
    Path home;

    @Test
    void show() throws Exception {
        CliRunner cli = new CliRunner(home);
        String db = home.resolve("register.db").toString();
        cli.run("--db", db, "init");
        Files.writeString(home.resolve("bad.json"), "{\"format\": \"computefolio-portfolio\" \"x\": 1}");
        Files.writeString(home.resolve("cut.json"), "{\"format\": \"computefolio-portfolio\", \"deals\": [");
        Files.writeString(home.resolve("notadb.db"), "hello, this is not a database at all, just some text that is long enough".repeat(100));
        for (String[] args : new String[][] {
                {"--lang", "ar", "--db", db, "validate", home.resolve("missing.json").toString()},
                {"--lang", "ar", "--db", db, "import", home.resolve("missing.json").toString()},
                {"--lang", "ar", "--db", db, "restore", home.resolve("missing.db").toString()},
                {"--lang", "ar", "--db", db, "validate", home.resolve("bad.json").toString()},
                {"--lang", "ar", "--db", db, "validate", home.resolve("cut.json").toString()},
                {"--lang", "ar", "--db", home.resolve("notadb.db").toString(), "list"},
                {"--lang", "en", "--db", home.resolve("notadb.db").toString(), "list"},
                {"--lang", "ar", "--db", db, "restore", home.resolve("notadb.db").toString()},
                {"--lang", "ar", "--db", "postgresql://nobody@127.0.0.1:1/none", "list"},
                {"--lang", "ar", "--db", db, "export", "--out", home.resolve("nofolder/x/y.json").toString()},
                {"--lang", "ar", "--db", db, "export", "--out", home.toString()},
        }) {
            CliRunner.Result r = cli.run(args);
            System.out.println("=== " + String.join(" ", args) + " -> " + r.exitCode() + "\n" + r.err() + r.out());
        }
    }
}
