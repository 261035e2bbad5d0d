package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ValueBasis;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a file's {@code formatVersion} allows: a version 1 file may not hold what version 2 added
 * (it would be read by older Computefolios that refuse it, and the file would claim a version it
 * is not), and a version 2 file holds its capacity as a figure, not as a bare {@code capacityGw}.
 */
final class VersionFields {

    static final Set<ValueBasis> V2_BASES = EnumSet.of(ValueBasis.PER_MONTH, ValueBasis.AT_LEAST, ValueBasis.ABOUT);

    private final int version;

    VersionFields(int version) {
        this.version = version;
    }

    /** The version a file is read as, from its top-level fields: 1 when it says so, else the current one (docs/format.md). */
    static int versionOf(JsonNode root) {
        JsonNode versionNode = root.get("formatVersion");
        return versionNode != null && versionNode.isIntegralNumber() && versionNode.intValue() == PortfolioFileDto.VERSION_1
                ? PortfolioFileDto.VERSION_1 : PortfolioFileDto.CURRENT_VERSION;
    }

    int version() {
        return version;
    }

    /** A field that version 2 added, found in a version 1 file. */
    void v2Only(Object value, String path, List<Problem> problems) {
        if (value != null && version < 2) {
            problems.add(Problem.at(path, ProblemText.say(ProblemKey.FIELD_NEEDS_V2, version), ProblemText.say(ProblemKey.EXPECT_V2_OR_WITHOUT)));
        }
    }

    void v2Basis(ValueBasis basis, String path, List<Problem> problems) {
        if (basis != null && version < 2 && V2_BASES.contains(basis)) {
            problems.add(Problem.at(path, ProblemText.say(ProblemKey.BASIS_NEEDS_V2, basis, version),
                    ProblemText.say(ProblemKey.EXPECT_V2_OR_V1_BASIS)));
        }
    }

    /** A version 1 field that version 2 replaced. */
    void v1Only(Object value, String path, String replacement, List<Problem> problems) {
        if (value != null && version >= 2) {
            problems.add(Problem.at(path, ProblemText.say(ProblemKey.FIELD_REPLACED_IN_V2, version, replacement),
                    ProblemText.say(ProblemKey.EXPECT_REPLACEMENT, replacement)));

        }
    }
}
