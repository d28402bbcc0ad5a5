package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Section;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reader's records (sections, lists, articles, comments) are written and read field by field, not by Gson's
 * reflective adapters (~140 classes a reader need not load, issue 13), into the same text: rows written before still
 * read, and rows written now read in a build from before.
 */
class RecordJsonTest {
    /** Gson as the store's codec was built for these kinds before: reflective adapters, times as ISO text. */
    private static final Gson BEFORE = new GsonBuilder().disableHtmlEscaping()
            .registerTypeAdapter(LocalDateTime.class, (JsonSerializer<LocalDateTime>) (t, type, c) ->
                    new JsonPrimitive(t.toString()))
            .registerTypeAdapter(LocalDateTime.class, (JsonDeserializer<LocalDateTime>) (j, type, c) ->
                    LocalDateTime.parse(j.getAsString()))
            .create();

    private final RecordCodec codec = new RecordCodec();

    @Test
    void rowsTheGsonCodecWroteReadAsTheRecordsTheyWere() throws Exception {
        Map<CacheKey.Kind, String> rows = rowsByGson();
        assertThat(rows.keySet()).containsExactlyInAnyOrder(CacheKey.Kind.SECTIONS, CacheKey.Kind.LIST,
                CacheKey.Kind.ARTICLE, CacheKey.Kind.COMMENTS);
        StoredRecords.everyKind().forEach((key, value) -> {
            if (rows.containsKey(key.kind())) {
                assertThat(codec.decode(key.kind(), rows.get(key.kind()))).as(key.kind().name()).contains(value);
            }
        });
    }

    @Test
    void recordsAreWrittenAsTheGsonCodecWroteThem() throws Exception {
        Map<CacheKey.Kind, String> rows = rowsByGson();
        StoredRecords.everyKind().forEach((key, value) -> {
            if (rows.containsKey(key.kind())) {
                assertThat(codec.encode(key, value)).as(key.kind().name()).isEqualTo(rows.get(key.kind()));
            }
        });
    }

    /** Nulls where a record allows them, an empty article, a tree three deep: Gson's text, both ways. */
    @Test
    void recordsWithNullsAndDefaultsMatchGsonBothWays() {
        Article bare = Article.builder().build();
        Article nulls = StoredRecords.article(4).toBuilder().category(null).publisher(null).published(null)
                .originalAuthor(null).source(null).summary(null).pageTitle(null).url(null)
                .comments(List.of(new Comment(1, null, null, null, null, false))).build();
        CommentList noComments = new CommentList(2, null, 0, 0, 0, List.of(), 0);
        ArticleList noCategory = new ArticleList(null, List.of(), 0, 0, List.of(), List.of(), List.of());
        List<Section> deep = List.of(new Section(1, "<a&b='c'>", List.of(new Section(2, "二",
                List.of(new Section(3, "", List.of(), true))))));
        Map<CacheKey, Object> records = new LinkedHashMap<>();
        records.put(CacheKey.article(1, 1), bare);
        records.put(CacheKey.article(4, 1), nulls);
        records.put(CacheKey.comments(2, 1), noComments);
        records.put(CacheKey.list(0, 1), noCategory);
        records.put(CacheKey.sections(), deep);
        records.forEach((key, value) -> {
            java.lang.reflect.Type type = RecordCodec.TYPES.get(key.kind());
            String gson = BEFORE.toJson(value, type);
            assertThat(codec.encode(key, value)).as(gson).isEqualTo(gson);
            assertThat(codec.decode(key.kind(), gson)).as(gson).contains(value);
        });
    }

    /** Where Gson read a default, a skipped name or nothing at all, so does the codec. */
    @Test
    void textsReadAsGsonReadThem() {
        List<String> texts = List.of("{\"aid\":3,\"paragraphs\":[],\"images\":[],\"links\":[],\"reactions\":[],"
                        + "\"comments\":[],\"breadcrumb\":[],\"added\":{\"later\":[1,2]}}",
                "{\"aid\":3}", "{\"aid\":3,\"breadcrumb\":null}", "null", "", "{\"aid\":3} {}", "{\"aid\":\"7\","
                        + "\"paragraphs\":[\"a\"],\"images\":[],\"links\":[],\"reactions\":[],\"comments\":[],"
                        + "\"breadcrumb\":[],\"title\":null}", "[1]", "{\"aid\":1.5}", "{\"aid\":");
        for (String text : texts) {
            Object gson = gsonRead(CacheKey.Kind.ARTICLE, text);
            assertThat(codec.decode(CacheKey.Kind.ARTICLE, text)).as(text)
                    .isEqualTo(java.util.Optional.ofNullable(gson));
        }
        for (String text : List.of("{\"aid\":1,\"comments\":[{\"cid\":2,\"time\":\"2016-13-01T00:00\"}]}",
                "{\"aid\":1,\"comments\":[{\"cid\":2,\"author\":{\"uid\":3}}]}", "{\"aid\":1,\"comments\":[null]}",
                "{\"aid\":1,\"comments\":[]}")) {
            Object gson = gsonRead(CacheKey.Kind.COMMENTS, text);
            assertThat(codec.decode(CacheKey.Kind.COMMENTS, text)).as(text)
                    .isEqualTo(java.util.Optional.ofNullable(gson));
        }
        for (String text : List.of("[{\"id\":1}]", "[{\"id\":1,\"children\":null}]", "[]", "{}")) {
            Object gson = gsonRead(CacheKey.Kind.SECTIONS, text);
            assertThat(codec.decode(CacheKey.Kind.SECTIONS, text)).as(text)
                    .isEqualTo(java.util.Optional.ofNullable(gson));
        }
        assertThat(codec.decode(CacheKey.Kind.COMMENTS, "{\"aid\":1,\"comments\":[{\"cid\":2,\"author\":"
                + "{\"uid\":3}}]}").map(CommentList.class::cast).orElseThrow().comments().get(0).author())
                .isEqualTo(new Person(3, ""));
        assertThat(new Category(2, null).name()).isEmpty();
    }

    private static Object gsonRead(CacheKey.Kind kind, String text) {
        try {
            return BEFORE.fromJson(text, RecordCodec.TYPES.get(kind));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** One row of each of a reader's kinds, as the store's Gson codec wrote it (build cfc7fd7). */
    private static Map<CacheKey.Kind, String> rowsByGson() throws Exception {
        Map<CacheKey.Kind, String> rows = new LinkedHashMap<>();
        try (InputStream in = RecordJsonTest.class.getResourceAsStream("reader-rows-by-gson.tsv")) {
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList());
            for (String line : lines) {
                int tab = line.indexOf('\t');
                rows.put(CacheKey.Kind.valueOf(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        return rows;
    }
}
