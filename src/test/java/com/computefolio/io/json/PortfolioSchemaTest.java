package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** data/portfolio.schema.json describes the files this code reads and writes, and the curated data conforms. */
class PortfolioSchemaTest {

    private static final Path SCHEMA = Path.of("data/portfolio.schema.json");
    private static final Path CURATED = Path.of("data/openai-portfolio.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schema = read(SCHEMA);
    private final SchemaSubsetValidator validator = new SchemaSubsetValidator(schema);

    @Test
    void theCuratedDataHasEveryFieldTheSchemaRequires() {
        assertThat(Files.exists(CURATED)).as("the curated data file %s", CURATED).isTrue();

        assertThat(validator.validate(read(CURATED))).isEmpty();
    }

    @Test
    void whatTheWriterWritesConformsToTheSchema() {
        String written = new PortfolioJsonWriter().toJson(
                new PortfolioJsonReader(new DealValidator()).read(Path.of("src/test/resources/io/sample-portfolio.json")).portfolio());

        assertThat(validator.validate(parse(written))).isEmpty();
    }

    @Test
    void anExportWithItsAuditTrailConformsToTheSchema() throws Exception {
        var portfolio = new PortfolioJsonReader(new DealValidator()).read(Path.of("src/test/resources/io/sample-portfolio.json"))
                .portfolio();
        var deal = portfolio.deals().get(0);
        var entry = new com.computefolio.domain.audit.AuditEntry(1, java.time.Instant.parse("2026-12-07T04:55:52Z"), "alice",
                com.computefolio.domain.audit.AuditAction.CHANGED, deal.id(), 2, "why", null,
                com.computefolio.domain.audit.DealChanges.between(deal, null).subList(0, 2));
        var out = new java.io.ByteArrayOutputStream();
        new PortfolioJsonWriter().write(portfolio, List.of(entry), out);
        String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(written).contains("\"audit\"");
        assertThat(validator.validate(parse(written))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-type.json", "missing-required-field.json", "unknown-enum-value.json",
            "amount-three-decimals.json", "figure-without-source.json", "unknown-field.json", "newer-format-version.json"})
    void filesWithTheWrongShapeDoNotConform(String badFile) {
        assertThat(validator.validate(read(Path.of("src/test/resources/bad-input", badFile)))).isNotEmpty();
    }

    static Stream<Arguments> definitions() {
        return Stream.of(
                Arguments.of("", PortfolioFileDto.class), Arguments.of("/$defs/source", SourceDto.class),
                Arguments.of("/$defs/party", PartyDto.class), Arguments.of("/$defs/deal", DealDto.class),
                Arguments.of("/$defs/link", LinkDto.class), Arguments.of("/$defs/revision", RevisionDto.class),
                Arguments.of("/$defs/figure", FigureDto.class), Arguments.of("/$defs/term", TermDto.class),
                Arguments.of("/$defs/leg", LegDto.class), Arguments.of("/$defs/contextSeries", ContextSeriesDto.class),
                Arguments.of("/$defs/contextPoint", ContextPointDto.class), Arguments.of("/$defs/role", RoleDto.class),
                Arguments.of("/$defs/capacity", CapacityDto.class), Arguments.of("/$defs/option", OptionDto.class),
                Arguments.of("/$defs/exitRight", ExitRightDto.class), Arguments.of("/$defs/auditEntry", AuditEntryDto.class),
                Arguments.of("/$defs/fieldChange", FieldChangeDto.class),
                Arguments.of("/$defs/partyTranslation", PartyTranslationDto.class),
                Arguments.of("/$defs/dealTranslation", DealTranslationDto.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("definitions")
    void eachSchemaObjectHasTheFieldsAndRequiredFieldsOfItsDto(String pointer, Class<?> dto) {
        JsonNode definition = schema.at(pointer);
        List<String> properties = new ArrayList<>();
        definition.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        definition.get("required").forEach(r -> required.add(r.asText()));

        RecordComponent[] fields = dto.getRecordComponents();
        assertThat(properties).containsExactly(Arrays.stream(fields).map(RecordComponent::getName).toArray(String[]::new));
        assertThat(required).containsExactlyInAnyOrder(Arrays.stream(fields)
                .filter(f -> f.getAccessor().getAnnotation(JsonProperty.class) != null
                        && f.getAccessor().getAnnotation(JsonProperty.class).required())
                .map(RecordComponent::getName).toArray(String[]::new));
        assertThat(definition.get("additionalProperties").asBoolean()).isFalse();
    }

    @Test
    void theSchemasListsOfValuesAreTheDomainsEnums() {
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
                Map.entry("/$defs/party/properties/kind/enum", PartyKind.class),
                Map.entry("/$defs/deal/properties/kind/enum", DealKind.class),
                Map.entry("/$defs/deal/properties/direction/enum", MoneyDirection.class),
                Map.entry("/$defs/link/properties/type/enum", LinkType.class),
                Map.entry("/$defs/revision/properties/status/enum", DealStatus.class),
                Map.entry("/$defs/figure/properties/basis/enum", ValueBasis.class),
                Map.entry("/$defs/confidence/enum", Confidence.class),
                Map.entry("/$defs/leg/properties/shape/enum", ScheduleShape.class),
                Map.entry("/$defs/role/properties/role/enum", com.computefolio.domain.PartyRole.class),
                Map.entry("/$defs/capacity/properties/basis/enum", com.computefolio.domain.CapacityBasis.class),
                Map.entry("/$defs/option/properties/kind/enum", com.computefolio.domain.OptionKind.class),
                Map.entry("/$defs/auditEntry/properties/action/enum", com.computefolio.domain.audit.AuditAction.class));
        enums.forEach((pointer, type) -> {
            List<String> listed = new ArrayList<>();
            schema.at(pointer).forEach(v -> listed.add(v.asText()));
            assertThat(listed).as(pointer).containsExactly(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        });
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
