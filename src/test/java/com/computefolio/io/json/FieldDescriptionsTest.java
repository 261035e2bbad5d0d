package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ProblemKey;
import com.computefolio.io.DateFields;
import com.computefolio.io.DecimalFields;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every field description of the portfolio file's DTOs reaches a reader as a translatable expectation (ADR 0045). */
class FieldDescriptionsTest {

    @Test
    void everyDescriptionOfEveryDtoHasAProblemTextWithTheSameEnglish() {
        Set<String> missing = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(PortfolioFileDto.class);
        int described = 0;
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || !seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                JsonPropertyDescription description = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
                if (description != null) {
                    described++;
                    var said = FieldDescriptions.said(description.value());
                    if (said == null || !said.english().equals(description.value())) {
                        missing.add(type.getSimpleName() + "." + component.getName() + ": " + description.value());
                    }
                }
                collect(component.getGenericType(), todo);
            }
        }
        assertThat(described).isGreaterThan(20);
        assertThat(missing).as("descriptions without a problem text of the same English").isEmpty();
    }

    @Test
    void theSchemaStringsAndTheProblemTextsSayTheSame() {
        assertThat(DateFields.DATE_EXPECTATION.english()).isEqualTo(DateFields.DATE_EXPECTED);
        assertThat(DateFields.MONTH_EXPECTATION.english()).isEqualTo(DateFields.MONTH_EXPECTED);
        assertThat(DecimalFields.AMOUNT_EXPECTATION.english()).isEqualTo(DecimalFields.AMOUNT_EXPECTED);
        assertThat(DecimalFields.CAPACITY_EXPECTATION.english()).isEqualTo(DecimalFields.CAPACITY_EXPECTED);
        assertThat(DecimalFields.CURRENCY_EXPECTATION.english()).isEqualTo(DecimalFields.CURRENCY_EXPECTED);
        assertThat(ProblemKey.EXPECT_CURRENCY_CODE.english()).isEqualTo(DecimalFields.CURRENCY_EXPECTED);
    }

    private static void collect(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, todo);
            }
        }
    }
}
