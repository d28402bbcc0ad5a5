package dev.fenghuang.cli.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.fenghuang.model.Article;
import dev.fenghuang.app.store.ReadState;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Reaction;
import dev.fenghuang.model.SafeText;
import dev.fenghuang.model.Section;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --json} output. Field names are part of the interface scripts rely on, so they are spelled out
 * here rather than derived from the records; times are {@code yyyy-MM-ddTHH:mm} in the site's local time.
 */
public final class JsonView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
            .create();

    private JsonView() {
    }

    /** The document as text, every string in it (keys too) through {@link SafeText#strip}. */
    public static String write(JsonElement e) {
        return GSON.toJson(clean(e));
    }

    private static JsonElement clean(JsonElement e) {
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            e.getAsJsonArray().forEach(item -> out.add(clean(item)));
            return out;
        }
        if (e.isJsonObject()) {
            JsonObject out = new JsonObject();
            e.getAsJsonObject().entrySet().forEach(m -> out.add(SafeText.strip(m.getKey()), clean(m.getValue())));
            return out;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            return SafeText.isSafe(s) ? e : new JsonPrimitive(SafeText.strip(s));
        }
        return e;
    }

    public static JsonElement sections(List<Section> tree) {
        return array(tree, s -> {
            JsonObject o = new JsonObject();
            o.addProperty("id", s.id());
            o.addProperty("name", s.name());
            o.addProperty("listRefused", s.listRefused());
            o.add("children", sections(s.children()));
            return o;
        });
    }

    /** A list page, each article with whether it was read ({@code read}) and its {@code newComments}. */
    public static JsonElement list(ArticleList l, Map<Long, ReadState> states) {
        JsonObject o = new JsonObject();
        o.add("category", category(l.category()));
        o.add("breadcrumb", array(l.breadcrumb(), JsonView::category));
        o.addProperty("page", l.page());
        o.addProperty("pageCount", l.pageCount());
        o.add("articles", array(l.articles(),
                s -> summary(s, states.getOrDefault(s.aid(), new ReadState(false, 0)))));
        o.add("children", array(l.children(), JsonView::category));
        o.add("related", array(l.related(), JsonView::category));
        return o;
    }

    private static JsonElement summary(ArticleSummary s, ReadState state) {
        JsonObject o = new JsonObject();
        o.addProperty("aid", s.aid());
        o.addProperty("url", s.url());
        o.addProperty("title", s.title());
        o.add("published", time(s.published()));
        o.addProperty("summary", s.summary());
        o.addProperty("thumbnail", s.thumbnail());
        o.add("category", category(s.category()));
        readState(o, state);
        return o;
    }

    private static void readState(JsonObject o, ReadState state) {
        o.addProperty("read", state.read());
        o.addProperty("newComments", state.newComments());
    }

    /**
     * An article just read: {@code read} is true (it is marked read now) and {@code newComments} says how many of its
     * comments came since the read before (none on a first read).
     */
    public static JsonElement article(Article a, ReadState before) {
        JsonObject o = article(a).getAsJsonObject();
        readState(o, new ReadState(true, before.newComments()));
        return o;
    }

    public static JsonElement article(Article a) {
        JsonObject o = new JsonObject();
        o.addProperty("aid", a.aid());
        o.addProperty("url", a.url());
        o.addProperty("title", a.title());
        o.add("category", category(a.category()));
        o.add("breadcrumb", array(a.breadcrumb(), JsonView::category));
        o.add("published", time(a.published()));
        o.add("publisher", person(a.publisher()));
        o.addProperty("views", a.views());
        o.addProperty("commentCount", a.commentCount());
        o.addProperty("originalAuthor", a.originalAuthor());
        o.addProperty("source", a.source());
        o.addProperty("summary", a.summary());
        o.add("paragraphs", array(a.paragraphs(), JsonPrimitive::new));
        o.add("images", array(a.images(), JsonView::image));
        o.add("links", array(a.links(), JsonView::link));
        o.addProperty("page", a.page());
        o.addProperty("pageCount", a.pageCount());
        o.addProperty("pageTitle", a.pageTitle());
        o.add("reactions", array(a.reactions(), JsonView::reaction));
        o.add("comments", array(a.comments(), JsonView::comment));
        o.addProperty("hiddenComments", a.hiddenComments());
        o.addProperty("commentsOpen", a.commentsOpen());
        return o;
    }

    public static JsonElement comments(CommentList c) {
        JsonObject o = new JsonObject();
        o.addProperty("aid", c.aid());
        o.addProperty("articleTitle", c.articleTitle());
        o.addProperty("total", c.total());
        o.addProperty("page", c.page());
        o.addProperty("pageCount", c.pageCount());
        o.add("comments", array(c.comments(), JsonView::comment));
        o.addProperty("hiddenComments", c.hiddenComments());
        return o;
    }

    private static JsonElement comment(Comment c) {
        JsonObject o = new JsonObject();
        o.addProperty("cid", c.cid());
        o.add("author", person(c.author()));
        o.add("time", time(c.time()));
        o.addProperty("text", c.text());
        o.addProperty("quote", c.quote());
        o.addProperty("pending", c.pending());
        return o;
    }

    private static JsonElement reaction(Reaction r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("name", r.name());
        o.addProperty("count", r.count());
        return o;
    }

    private static JsonElement image(Image i) {
        JsonObject o = new JsonObject();
        o.addProperty("url", i.url());
        o.addProperty("alt", i.alt());
        return o;
    }

    private static JsonElement link(Link l) {
        JsonObject o = new JsonObject();
        o.addProperty("url", l.url());
        o.addProperty("text", l.text());
        return o;
    }

    private static JsonElement person(Person p) {
        if (p == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("uid", p.uid());
        o.addProperty("name", p.name());
        return o;
    }

    private static JsonElement category(Category c) {
        if (c == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("name", c.name());
        return o;
    }

    public static JsonElement time(LocalDateTime t) {
        return t == null ? JsonNull.INSTANCE : new JsonPrimitive(TIME.format(t));
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonElement> each) {
        JsonArray a = new JsonArray();
        for (T item : items) {
            a.add(each.apply(item));
        }
        return a;
    }
}
