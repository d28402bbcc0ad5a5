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
import com.google.gson.reflect.TypeToken;
import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.ThreadPage;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the records the store keeps into JSON text and back, by the kind of page: one a user can read with
 * {@code sqlite3}. Images are not kept (they are bytes, and cheap to fetch again).
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

    private static final Map<String, Class<? extends PostBlock>> BLOCKS = Map.of(
            "paragraph", PostBlock.Paragraph.class,
            "quote", PostBlock.Quote.class,
            "code", PostBlock.Code.class,
            "image", PostBlock.ImageRef.class,
            "attachment", PostBlock.AttachmentRef.class,
            "locked", PostBlock.Locked.class);

    /**
     * One for the process, as Gson is safe to share: the adapter of each record type is made once, at its first
     * use (for an article's records, ~15 ms of reflection), and {@link #prepare} can make it ahead of the first read.
     */
    private static final Gson GSON = build();

    private final Gson gson = GSON;

    RecordCodec() {
    }

    /** Makes now, on the caller's thread, the adapter that reads and writes records of this kind. */
    static void prepare(CacheKey.Kind kind) {
        new RecordCodec().adapter(kind);
    }

    /** The adapter that reads and writes records of this kind, made at its first use. */
    TypeAdapter<?> adapter(CacheKey.Kind kind) {
        return gson.getAdapter(TypeToken.get(TYPES.get(kind)));
    }

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
        return gson.toJson(value, TYPES.get(key.kind()));
    }

    /** The record, or empty when the text does not read as one (written by another version, damaged). */
    Optional<Object> decode(CacheKey.Kind kind, String json) {
        try {
            Object value = gson.fromJson(json, TYPES.get(kind));
            return Optional.ofNullable(value);
        } catch (RuntimeException unreadable) { // JsonParseException, a null list a record refuses, a bad time
            return Optional.empty();
        }
    }
}
