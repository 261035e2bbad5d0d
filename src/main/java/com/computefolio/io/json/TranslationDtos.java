package com.computefolio.io.json;

import com.computefolio.domain.Translations;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Between the files' {@code translations} objects and {@link Translations} (ADR 34): by language code, the
 * owner's translated fields. Written in language order and left out when there are none, so a file
 * without translations is written as before; the language codes and texts are checked by the domain.
 */
final class TranslationDtos {
    static final String EXPECTED = "an object of texts by language code, e.g. {\"ar\": {...}} (format version 2)";

    private TranslationDtos() {
    }

    static Translations ofParty(Map<String, PartyTranslationDto> dtos) {
        return read(dtos, dto -> Map.of(Translations.NAME, dto.name()));
    }

    static Translations ofDeal(Map<String, DealTranslationDto> dtos) {
        return read(dtos, dto -> {
            Map<String, String> fields = new HashMap<>();
            fields.put(Translations.TITLE, dto.title());
            fields.put(Translations.NOTES, dto.notes());
            return fields;
        });
    }

    static Map<String, PartyTranslationDto> party(Translations translations) {
        return write(translations, fields -> new PartyTranslationDto(fields.get(Translations.NAME)));
    }

    static Map<String, DealTranslationDto> deal(Translations translations) {
        return write(translations, fields -> new DealTranslationDto(fields.get(Translations.TITLE), fields.get(Translations.NOTES)));
    }

    private static <T> Translations read(Map<String, T> dtos, Function<T, Map<String, String>> fields) {
        if (dtos == null) {
            return Translations.NONE;
        }
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        dtos.forEach((language, dto) -> {
            if (dto != null) {
                Map<String, String> texts = new HashMap<>();
                fields.apply(dto).forEach((field, text) -> {
                    if (text != null) {
                        texts.put(field, text);
                    }
                });
                byLanguage.put(language, texts);
            }
        });
        return new Translations(byLanguage);
    }

    private static <T> Map<String, T> write(Translations translations, Function<Map<String, String>, T> dto) {
        if (translations.isEmpty()) {
            return null;
        }
        Map<String, T> written = new TreeMap<>();
        translations.byLanguage().forEach((language, fields) -> written.put(language, dto.apply(fields)));
        return written;
    }
}
