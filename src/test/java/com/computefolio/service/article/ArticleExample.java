package com.computefolio.service.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** One worked example of src/test/resources/articles/examples: the article and the proposal a careful analyst expects. */
record ArticleExample(String name, Article article, JsonNode expected) {
    static final Path DIRECTORY = Path.of("src/test/resources/articles/examples");

    static List<ArticleExample> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().map(ArticleExample::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleExample read(Path expectedFile) {
        try {
            String name = expectedFile.getFileName().toString().replace(".expected.json", "");
            JsonNode expected = new ObjectMapper().readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
            String text = Files.readString(DIRECTORY.resolve(name + ".txt"), StandardCharsets.UTF_8);
            JsonNode a = expected.path("article");
            Article article = new Article(text, textOrNull(a, "url"), textOrNull(a, "publisher"),
                    a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null, textOrNull(a, "title"));
            return new ArticleExample(name, article, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    @Override
    public String toString() {
        return name;
    }
}
