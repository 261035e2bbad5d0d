package com.computefolio.benchmark;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a generated portfolio file as an import does (size and encoding checks, parse, shape
 * check, binding, mapping, validation) and writing one, warm. Each operation is a whole file, so
 * the mode is single-shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class JsonBenchmarks {

    @Param("100000")
    int deals;

    private Path file;
    private Portfolio portfolio;
    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());
    private final PortfolioJsonWriter writer = new PortfolioJsonWriter();

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        portfolio = new SyntheticPortfolioGenerator().generate(deals, 1);
        file = Files.createTempFile("computefolio-bench-", ".json");
        writer.write(portfolio, file);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ParsedFile readAndCheck() {
        ParsedFile parsed = reader.parse(file);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("the generated file has problems: " + parsed.problems().get(0).describe());
        }
        return parsed;
    }

    @Benchmark
    public void write() throws IOException {
        writer.write(portfolio, OutputStream.nullOutputStream());
    }
}
