package com.computefolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/report.txt");

        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("hello");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path target = dir.resolve("chart.svg");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

        AtomicFiles.write(target, out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aFullDiskSaysTheDiskIsFullNamesTheFileAndKeepsThePreviousOne() throws IOException {
        Path target = dir.resolve("deals.json");
        Files.writeString(target, "old");

        // /dev/full fails every write with ENOSPC, as a full disk does.
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            try (var full = Files.newOutputStream(Path.of("/dev/full"))) {
                full.write(new byte[8192]);
                full.flush();
            }
        })).isInstanceOf(DiskFullException.class)
                .hasMessageContaining("the disk is full")
                .hasMessageContaining(target.toString())
                .hasMessageContaining("nothing was written");

        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aLeftoverOfAProcessThatEndedIsDeletedAndOneOfARunningProcessIsKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path dead = Files.writeString(dir.resolve(".deals.json." + ended.pid() + "-" + java.util.UUID.randomUUID() + ".tmp"), "x");
        Path deadWal = Files.writeString(dir.resolve(dead.getFileName() + "-wal"), "x");
        Path deadRestore = Files.createDirectory(dir.resolve(".register.db.restore-" + ended.pid() + "-123456"));
        Files.writeString(deadRestore.resolve("register.db"), "x");
        Path live = TempFiles.beside(dir.resolve("deals.json"));
        Files.writeString(live, "being written");
        Path someoneElses = Files.writeString(dir.resolve(".config.2024-backup"), "not ours");

        assertThat(TempFiles.cleanLeftovers(dir)).containsExactlyInAnyOrder(dead, deadWal, deadRestore);

        assertThat(dead).doesNotExist();
        assertThat(deadRestore).doesNotExist();
        assertThat(live).exists();
        assertThat(someoneElses).exists();
    }
}
