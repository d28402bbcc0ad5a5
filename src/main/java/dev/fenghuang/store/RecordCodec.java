package dev.fenghuang.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.google.gson.TypeAdapter;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.ThreadPage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the records the store keeps into JSON text and back, by the kind of page: one a user can read with
 * {@code sqlite3}. Images are not kept (they are bytes, and cheap to fetch again). A reader's kinds (sections, lists,
 * articles, comments) are written and read field by field ({@link RecordJsonWriter}, {@link RecordJsonReader}); the
 * forum's, by Gson's reflective adapters, made only when a forum page is first kept or read.
 */
final class RecordCodec {
    /** The record type each kept kind holds. */
    static final Map<CacheKey.Kind, Type> TYPES = Map.of(
            CacheKey.Kind.SECTIONS, new TypeToken<List<Section>>() { }.getType(),
            CacheKey.Kind.LIST, ArticleList.class,
            CacheKey.Kind.ARTICLE, Article.class,
            CacheKey.Kind.COMMENTS, CommentList.class,
            CacheKey.Kind.FORUM_INDEX, ForumIndex.class,
            CacheKey.Kind.BOARD, BoardPage.class,
            CacheKey.Kind.THREAD, ThreadPage.class);

    RecordCodec() {
    }

    /**
     * Makes now, on the caller's thread, what reads records of this kind: for the forum's, the reflective adapter;
     * for a reader's, the streaming reader's classes loaded (reading a JSON null).
     */
    static void prepare(CacheKey.Kind kind) {
        if (readByField(kind)) {
            new RecordCodec().decode(kind, "null");
        } else {
            new RecordCodec().adapter(kind);
        }
    }

    /** The reflective adapter of the records of this kind, made at its first use. */
    TypeAdapter<?> adapter(CacheKey.Kind kind) {
        return Reflective.GSON.getAdapter(TypeToken.get(TYPES.get(kind)));
    }

    private static boolean readByField(CacheKey.Kind kind) {
        return kind == CacheKey.Kind.SECTIONS || kind == CacheKey.Kind.LIST || kind == CacheKey.Kind.ARTICLE
                || kind == CacheKey.Kind.COMMENTS;
    }

    /**
     * One for the process, made at its first use, as Gson is safe to share: the adapter of each forum record type is
     * made once, at its first use, and {@link #prepare} can make it ahead of the first read.
     */
    private static final class Reflective {
        /** Each post block's name in the store (here, not at the codec's start: a portal-only run never loads them). */
        private static final Map<String, Class<? extends PostBlock>> BLOCKS = Map.of(
                "paragraph", PostBlock.Paragraph.class,
                "quote", PostBlock.Quote.class,
                "code", PostBlock.Code.class,
                "image", PostBlock.ImageRef.class,
                "attachment", PostBlock.AttachmentRef.class,
                "locked", PostBlock.Locked.class);
        static final Gson GSON = build();

        private static Gson build() {
            GsonBuilder b = new GsonBuilder().disableHtmlEscaping()
                    .registerTypeAdapter(LocalDateTime.class, (JsonSerializer<LocalDateTime>) (t, type, c) ->
                            new JsonPrimitive(t.toString()))
                    .registerTypeAdapter(LocalDateTime.class, (JsonDeserializer<LocalDateTime>) (j, type, c) ->
                            LocalDateTime.parse(j.getAsString()))
                    .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (t, type, c) ->
                            new JsonPrimitive(t.toString()))
                    .registerTypeAdapter(LocalDate.class, (JsonDeserializer<LocalDate>) (j, type, c) ->
                            LocalDate.parse(j.getAsString()));
            registerBlocks(b);
            return b.create();
        }

        /** Post blocks are a sealed family: each is written with its kind's name beside its fields. */
        private static void registerBlocks(GsonBuilder b) {
            Gson plain = new GsonBuilder().disableHtmlEscaping()
                    .registerTypeAdapter(LocalDateTime.class, (JsonSerializer<LocalDateTime>) (t, type, c) ->
                            new JsonPrimitive(t.toString()))
                    .registerTypeAdapter(LocalDateTime.class, (JsonDeserializer<LocalDateTime>) (j, type, c) ->
                            LocalDateTime.parse(j.getAsString()))
                    .create();
            b.registerTypeHierarchyAdapter(PostBlock.class, (JsonSerializer<PostBlock>) (block, type, c) -> {
                JsonObject o = plain.toJsonTree(block).getAsJsonObject();
                String name = BLOCKS.entrySet().stream().filter(e -> e.getValue() == block.getClass())
                        .map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new JsonParseException("no name for " + block.getClass()));
                o.addProperty("block", name);
                return o;
            });
            b.registerTypeHierarchyAdapter(PostBlock.class, (JsonDeserializer<PostBlock>) (json, type, c) -> {
                JsonObject o = json.getAsJsonObject();
                JsonElement name = o.remove("block");
                Class<? extends PostBlock> kind = name == null ? null : BLOCKS.get(name.getAsString());
                if (kind == null) {
                    throw new JsonParseException("unknown post block " + name);
                }
                return plain.fromJson(o, kind);
            });
        }
    }

    /** Whether the store keeps this value under this key: a record of the key's kind. */
    static boolean keeps(CacheKey key, Object value) {
        Type type = TYPES.get(key.kind());
        if (type == null || value == null) {
            return false;
        }
        if (type instanceof Class<?> c) {
            return c.isInstance(value);
        }
        return value instanceof List<?> l && l.stream().allMatch(Section.class::isInstance);
    }

    String encode(CacheKey key, Object value) {
        CacheKey.Kind kind = key.kind();
        if (!readByField(kind)) {
            return Reflective.GSON.toJson(value, TYPES.get(kind));
        }
        StringWriter text = new StringWriter();
        JsonWriter w = new JsonWriter(text);
        w.setHtmlSafe(false);
        w.setSerializeNulls(false);
        try {
            @SuppressWarnings("unchecked") // keeps(key, value) held: a list of sections
            List<Section> tree = kind == CacheKey.Kind.SECTIONS ? (List<Section>) value : null;
            switch (kind) {
                case SECTIONS -> RecordJsonWriter.sections(w, tree);
                case LIST -> RecordJsonWriter.articleList(w, (ArticleList) value);
                case ARTICLE -> RecordJsonWriter.article(w, (Article) value);
                default -> RecordJsonWriter.commentList(w, (CommentList) value);
            }
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter failed", e);
        }
        return text.toString();
    }

    /**
     * The record, or empty when the text does not read as one (written by another version, damaged, or not all of
     * it one value), read as leniently as Gson read it.
     */
    Optional<Object> decode(CacheKey.Kind kind, String json) {
        try {
            if (!readByField(kind)) {
                return Optional.ofNullable(Reflective.GSON.fromJson(json, TYPES.get(kind)));
            }
            JsonReader r = new JsonReader(new StringReader(json));
            r.setStrictness(Strictness.LENIENT);
            if (r.peek() == JsonToken.END_DOCUMENT) {
                return Optional.empty();
            }
            Object value = switch (kind) {
                case SECTIONS -> RecordJsonReader.sections(r);
                case LIST -> RecordJsonReader.articleList(r);
                case ARTICLE -> RecordJsonReader.article(r);
                default -> RecordJsonReader.commentList(r);
            };
            return value != null && r.peek() == JsonToken.END_DOCUMENT ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) { // malformed JSON, a null a record refuses, a bad time
            return Optional.empty();
        }
    }
}
