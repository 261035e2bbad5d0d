package com.computefolio.service.output;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputTargetsTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void register() throws IOException {
        db = Files.writeString(dir.resolve("register.db"), "register");
    }

    @ParameterizedTest
    @ValueSource(strings = {"register.db.csv", "register.db-walnut", "register.db.backups2/x.svg", "register", "other.db",
                            "register.db-wal.csv", "copies/register.db"})
    void filesThatOnlyLookLikeTheRegisterAreWritable(String name) {
        assertThatCode(() -> OutputTargets.of(db).check(dir.resolve(name), OutputKind.CHART)).doesNotThrowAnyException();
    }

    @Test
    void aLinkToTheRegisterIsRefusedEvenWhenTheDatabaseIsNamedThroughALink() throws IOException {
        Path dbLink = Files.createSymbolicLink(dir.resolve("current.db"), db);

        assertThatThrownBy(() -> OutputTargets.of(dbLink).check(db, OutputKind.CHART))
                .isInstanceOf(RefusedOutputException.class).hasMessageContaining("the open register");
        assertThatThrownBy(() -> OutputTargets.of(dbLink).check(dir.resolve("register.db-wal"), OutputKind.CHART))
                .isInstanceOf(RefusedOutputException.class).hasMessageContaining("working file");
    }

    @Test
    void aChainOfDanglingLinksIsFollowedToWhereItWouldWrite() throws IOException {
        Path second = Files.createSymbolicLink(dir.resolve("second"), dir.resolve("register.db-shm"));
        Path first = Files.createSymbolicLink(dir.resolve("first.svg"), second);

        assertThatThrownBy(() -> OutputTargets.of(db).check(first, OutputKind.CHART))
                .isInstanceOf(RefusedOutputException.class).hasMessageContaining("working file");
    }

    @Test
    void aLoopOfLinksIsNotAnEndlessCheck() throws IOException {
        Path a = dir.resolve("a.svg");
        Files.createSymbolicLink(a, dir.resolve("b.svg"));
        Files.createSymbolicLink(dir.resolve("b.svg"), a);

        assertThatCode(() -> OutputTargets.of(db).check(a, OutputKind.CHART)).doesNotThrowAnyException();
    }

    @Test
    void theWindowsTargetsFollowTheDatabaseOpenWhenTheFileIsChecked() throws IOException {
        Path other = Files.writeString(dir.resolve("other.db"), "other");
        AtomicReference<Path> open = new AtomicReference<>(db);
        OutputTargets targets = OutputTargets.following(open::get);

        assertThatCode(() -> targets.check(other, OutputKind.CHART)).doesNotThrowAnyException();
        open.set(other);
        assertThatThrownBy(() -> targets.check(other, OutputKind.CHART)).isInstanceOf(RefusedOutputException.class);
    }
}
