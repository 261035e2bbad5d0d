package com.computefolio.io.json;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Problem;
import com.computefolio.io.ImportChecker;
import com.computefolio.io.InputLimits;
import com.computefolio.io.LoadedText;
import com.computefolio.io.ParsedFile;
import com.computefolio.io.ReadResult;
import com.computefolio.io.TextFileLoader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
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

    static final String EXPECTED_CONTENT = "a Computefolio portfolio file (UTF-8 JSON)";

    private final TextFileLoader loader;
    private final ImportChecker checker;
    private final JsonFactory factory = PortfolioJsonMapper.factory(InputLimits.MAX_JSON_NESTING);
    private final JsonTreeParser parser = new JsonTreeParser();
    private final DtoShapeChecker shapeChecker = new DtoShapeChecker();
    private final PortfolioDtoBinder binder = new PortfolioDtoBinder(PortfolioJsonMapper.create(),
            PortfolioJsonMapper.createIgnoringRequired());
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
        return text.ok() ? parse(text.fileName(), text.text()) : ParsedFile.unreadable(text.fileName(), text.problems());
    }

    public ParsedFile parse(String fileName, String json) {
        // A byte-order mark is accepted (docs/format.md); files lose it in TextFileLoader, strings here.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonLocator locator = new JsonLocator(fileName, text, factory);
        JsonTreeParser.Result parsed = parser.parse(text);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        JsonNode root = parsed.root();
        if (root == null || !root.isObject()) {
            if (root != null) {
                problems.add(Problem.at(JsonPath.ROOT, "The file holds a JSON "
                        + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object.", EXPECTED_CONTENT));
            }
            return ParsedFile.unreadable(fileName, locator.locateAll(problems));
        }
        if (!checkFormat(root, problems)) {
            return ParsedFile.unreadable(fileName, locator.locateAll(problems));
        }
        List<Problem> shapeProblems = new ArrayList<>();
        JsonNode repaired = shapeChecker.check(root, PortfolioFileDto.class, shapeProblems);
        problems.addAll(shapeProblems);
        Set<String> badPaths = new HashSet<>();
        shapeProblems.forEach(p -> badPaths.add(p.path()));
        BoundDtos bound = binder.bind(repaired, badPaths, problems);
        PortfolioDtoMapper.Mapped mapped = mapper.map(bound);
        Set<String> alreadyReported = withAncestors(badPaths);
        mapped.problems().stream().filter(p -> !alreadyReported.contains(p.path())).forEach(problems::add);
        Set<String> unmappedDeals = new HashSet<>(bound.unboundDealIds());
        unmappedDeals.addAll(mapped.unmappedDealIds());
        Set<String> unmappedParties = new HashSet<>(bound.unboundPartyIds());
        unmappedParties.addAll(mapped.unmappedPartyIds());
        return new ParsedFile(fileName, bound.name(), mapped.parties(), mapped.deals(), mapped.contextSeries(),
                unmappedParties, unmappedDeals, locator.locateAll(problems), locator);
    }

    /**
     * Refuses files of a newer format version, or not portfolio files at all, before anything else:
     * their other "problems" would only be noise.
     */
    private static boolean checkFormat(JsonNode root, List<Problem> problems) {
        JsonNode format = root.get("format");
        if (format != null && format.isTextual() && !format.textValue().equals(PortfolioFileDto.FORMAT)) {
            problems.add(Problem.at("$.format", "This is not a Computefolio portfolio file (format is \""
                    + format.textValue() + "\").", "\"" + PortfolioFileDto.FORMAT + "\""));
            return false;
        }
        JsonNode version = root.get("formatVersion");
        if (version != null && version.isIntegralNumber()) {
            if (version.bigIntegerValue().compareTo(BigInteger.valueOf(PortfolioFileDto.CURRENT_VERSION)) > 0) {
                problems.add(Problem.at("$.formatVersion", "The file has formatVersion " + version.asText()
                        + ", which is newer than this version of Computefolio can read.",
                        "formatVersion " + PortfolioFileDto.CURRENT_VERSION + " (a newer Computefolio reads newer files)"));
                return false;
            }
            if (version.intValue() < PortfolioFileDto.CURRENT_VERSION) {
                problems.add(Problem.at("$.formatVersion", "There is no formatVersion " + version.asText() + ".",
                        "formatVersion " + PortfolioFileDto.CURRENT_VERSION));
            }
        }
        return true;
    }

    /**
     * The paths of the shape problems and every path enclosing them: a value check there (say "the
     * term gives neither months nor end" after a wrongly typed months was left out) would only
     * repeat a problem already reported.
     */
    private static Set<String> withAncestors(Set<String> paths) {
        Set<String> all = new HashSet<>();
        for (String path : paths) {
            String p = path;
            while (p != null && all.add(p)) {
                p = JsonPath.parent(p);
            }
        }
        return all;
    }


}
