package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.io.json.PortfolioJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any valid register, whatever its text, amounts, revisions, legs and links, written as a portfolio
 * file and read back is equal to what was written, and writing it again gives the same bytes.
 */
class JsonRoundTripPropertiesTest {

    private static Path dir;

    private final DealValidator validator = new DealValidator();
    private final PortfolioJsonWriter writer = new PortfolioJsonWriter();
    private final PortfolioJsonReader reader = new PortfolioJsonReader(validator);

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("json-round-trip");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        Fuzzing.deleteTree(dir);
    }

    @Property
    @ScaledTries(ci = 250, full = 5000)
    void anyValidRegisterSurvivesWriteAndReadExactly(@ForAll("registers") Portfolio register) throws IOException {
        assertThat(validator.validatePortfolio(register)).as("the generator makes valid registers").isEmpty();
        Path file = dir.resolve("register.json");

        // Through a stream: the file variant also forces the file to disk, which only slows the run.
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(register, written);
        Files.write(file, written.toByteArray());
        ReadResult back = reader.read(file);

        assertThat(back.problems()).isEmpty();
        assertThat(back.portfolio()).isEqualTo(register);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        writer.write(back.portfolio(), again);
        assertThat(again.toByteArray()).isEqualTo(written.toByteArray());
    }

    @Provide
    Arbitrary<Portfolio> registers() {
        return PortfolioArbitraries.portfolio();
    }
}
