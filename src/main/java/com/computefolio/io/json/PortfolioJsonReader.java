package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.DealLimits;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.TextChecks;
import com.computefolio.io.ImportChecker;
import com.computefolio.io.InputLimits;
import com.computefolio.io.LoadedText;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.ReadResult;
import com.computefolio.io.TextFileLoader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a portfolio file (docs/format.md) and reports every problem in it, each with file, line,
 * column, JSON path, what is wrong and what is expected. The steps: size and encoding checks,
 * parsing with recorded token locations, a shape check against the DTO records, binding with
 * Jackson databind, mapping to domain values and the domain's {@link DealValidator}.
 */
public final class PortfolioJsonReader {

    static final ProblemText EXPECTED_CONTENT = say(EXPECT_PORTFOLIO_FILE);

    private final TextFileLoader loader;
    private final ImportChecker checker;
    private final JsonFactory factory = PortfolioJsonMapper.factory(InputLimits.MAX_JSON_NESTING);
    private final JsonDocumentReader documentReader = new JsonDocumentReader(factory, InputLimits.MAX_JSON_NESTING);
    private final ObjectMapper strict = PortfolioJsonMapper.create();
    private final ObjectMapper relaxed = PortfolioJsonMapper.createIgnoringRequired();
    private final DtoShapeChecker shapeChecker = new DtoShapeChecker();
    private final PortfolioDtoMapper mapper = new PortfolioDtoMapper();

    public PortfolioJsonReader(DealValidator validator) {
        this(validator, new TextFileLoader());
    }

    public PortfolioJsonReader(DealValidator validator, TextFileLoader loader) {
        this.loader = loader;
        this.checker = new ImportChecker(validator);
    }

    /** Reads and checks one file on its own: its deals may only refer to its own parties and deals. */
    public ReadResult read(Path file) {
        return ReadResult.of(parse(file), checker);
    }

    /** Reads JSON text as if it came from a file of the given name. */
    public ReadResult read(String fileName, String json) {
        return ReadResult.of(parse(fileName, json), checker);
    }

    /**
     * Reads a file without the checks that need other files or the register (references between
     * deals and parties, unique ids): {@link ImportChecker} does those for all files of an import.
     */
    public ParsedFile parse(Path file) {
        LoadedText text = loader.load(file, EXPECTED_CONTENT);
        return text.ok() ? parse(text.fileName(), text.bytes(), text.start()) : ParsedFile.unreadable(text.fileName(), text.problems());
    }

    /** Reads JSON text as if it came from a file of the given name. */
    public ParsedFile parse(String fileName, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // A byte-order mark is accepted (docs/format.md); files lose it in TextFileLoader, strings here.
        return parse(fileName, bytes, json.startsWith("\uFEFF") ? 3 : 0);
    }

    private ParsedFile parse(String fileName, byte[] bytes, int start) {
        JsonLocator locator = new JsonLocator(fileName, bytes, start, factory);
        PortfolioDtoBinder binder = new PortfolioDtoBinder(strict, relaxed, shapeChecker, mapper);
        JsonDocumentReader.Result read = documentReader.read(bytes, start, PortfolioDtoBinder.LIMITS, binder);
        List<Problem> problems = new ArrayList<>();
        if (read.stopped()) {
            // What the elements read before the limit showed, then the problem that stopped the reading.
            problems.addAll(binder.shapeProblems());
            problems.addAll(binder.bindProblems());
        }
        problems.addAll(read.problems());
        if (read.rootType() != JsonNodeType.OBJECT) {
            if (read.rootType() != null) {
                problems.add(Problem.at(JsonPath.ROOT, say(ROOT_NOT_OBJECT, read.rootType().name().toLowerCase(Locale.ROOT)),
                        EXPECTED_CONTENT));
            }
            return ParsedFile.unreadable(fileName, locator.locateAll(problems));
        }
        ObjectNode root = read.rootFields();
        List<Problem> versionProblems = new ArrayList<>();
        if (!checkFormat(root, versionProblems)) {
            return ParsedFile.unreadable(fileName, locator.locateAll(versionProblems));
        }
        problems.addAll(versionProblems);
        List<Problem> shapeProblems = new ArrayList<>();
        shapeChecker.check(root, PortfolioFileDto.class, LazyPath.ROOT, shapeProblems);
        shapeProblems.addAll(binder.shapeProblems());
        problems.addAll(shapeProblems);
        problems.addAll(binder.bindProblems());
        JsonNode name = root.get("name");
        if (name != null && name.isTextual()) {
            TextChecks.check(name.textValue(), DealLimits.NAME, "$.name", problems);
        }
        BoundDtos bound = binder.result(name != null && name.isTextual() ? name.textValue() : null);
        PortfolioDtoMapper.Mapped mapped = mapper.map(bound, VersionFields.versionOf(root), binder.dealsAsBound());
        Set<String> alreadyReported = new HashSet<>();
        shapeProblems.forEach(p -> addWithAncestors(p.path(), alreadyReported));
        mapped.problems().stream().filter(p -> !alreadyReported.contains(p.path())).forEach(problems::add);
        Set<String> unmappedDeals = new HashSet<>(bound.unboundDealIds());
        unmappedDeals.addAll(mapped.unmappedDealIds());
        Set<String> unmappedParties = new HashSet<>(bound.unboundPartyIds());
        unmappedParties.addAll(mapped.unmappedPartyIds());
        return new ParsedFile(fileName, bound.name(), mapped.parties(), mapped.deals(), mapped.contextSeries(),
                unmappedParties, unmappedDeals, locator.locateAll(problems), locator, binder.auditEntries());
    }

    /**
     * Refuses files of a newer format version, or not portfolio files at all, before anything else:
     * their other "problems" would only be noise.
     */
    private static boolean checkFormat(JsonNode root, List<Problem> problems) {
        JsonNode format = root.get("format");
        if (format != null && format.isTextual() && !format.textValue().equals(PortfolioFileDto.FORMAT)) {
            problems.add(Problem.at("$.format", say(NOT_A_PORTFOLIO_FILE, format.textValue()), say(EXPECT_QUOTED, PortfolioFileDto.FORMAT)));
            return false;
        }
        JsonNode version = root.get("formatVersion");
        if (version != null && version.isIntegralNumber()) {
            if (version.bigIntegerValue().compareTo(BigInteger.valueOf(PortfolioFileDto.CURRENT_VERSION)) > 0) {
                problems.add(Problem.at("$.formatVersion", say(FORMAT_VERSION_NEWER, version.asText()),
                        say(EXPECT_FORMAT_VERSION_CURRENT, PortfolioFileDto.CURRENT_VERSION)));
                return false;
            }
            if (version.intValue() < PortfolioFileDto.VERSION_1) {
                problems.add(Problem.at("$.formatVersion", say(NO_SUCH_FORMAT_VERSION, version.asText()),
                        say(EXPECT_FORMAT_VERSION_EITHER, PortfolioFileDto.VERSION_1, PortfolioFileDto.CURRENT_VERSION)));

            }
        }
        return true;
    }

    /**
     * Adds the path of a shape problem and every path enclosing it: a value check there (say "the
     * term gives neither months nor end" after a wrongly typed months was left out) would only
     * repeat a problem already reported.
     */
    private static void addWithAncestors(String path, Set<String> paths) {
        String p = path;
        while (p != null && paths.add(p)) {
            p = JsonPath.parent(p);
        }
    }


}
