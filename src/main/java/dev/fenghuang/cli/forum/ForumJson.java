package dev.fenghuang.cli.forum;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.EditNote;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.LastPost;
import dev.fenghuang.model.forum.PostAttachment;
import dev.fenghuang.model.forum.PostAuthor;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostImage;
import dev.fenghuang.model.forum.PostLink;
import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The forum's {@code --json}: field names spelled out here, camelCase and stable, as scripts rely on them; ids as
 * the site names them ({@code fid}, {@code tid}, {@code pid}, {@code uid}); times as {@link JsonView#time}.
 */
final class ForumJson {
    private ForumJson() {
    }

    static JsonElement index(ForumIndex index) {
        JsonObject o = new JsonObject();
        JsonObject stats = new JsonObject();
        stats.addProperty("today", index.stats().today());
        stats.addProperty("yesterday", index.stats().yesterday());
        stats.addProperty("posts", index.stats().posts());
        stats.addProperty("members", index.stats().members());
        o.add("stats", stats);
        o.add("categories", array(index.categories(), ForumJson::category));
        return o;
    }

    private static JsonElement category(ForumCategory c) {
        JsonObject o = new JsonObject();
        o.addProperty("gid", c.gid());
        o.addProperty("name", c.name());
        o.add("moderators", array(c.moderators(), JsonPrimitive::new));
        o.add("boards", array(c.boards(), ForumJson::board));
        return o;
    }

    private static JsonElement board(BoardSummary b) {
        JsonObject o = new JsonObject();
        o.addProperty("fid", b.fid());
        o.addProperty("name", b.name());
        o.addProperty("description", b.description());
        o.addProperty("today", b.today());
        o.addProperty("threads", b.threads());
        o.addProperty("posts", b.posts());
        o.add("subBoards", array(b.subBoards(), ForumJson::link));
        o.add("moderators", array(b.moderators(), JsonPrimitive::new));
        o.add("lastPost", lastPost(b.lastPost()));
        o.addProperty("external", b.external());
        o.addProperty("unread", b.unread());
        return o;
    }

    private static JsonElement lastPost(LastPost p) {
        if (p == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("tid", p.tid());
        o.addProperty("subject", p.subject());
        o.add("time", JsonView.time(p.time()));
        o.addProperty("poster", p.poster());
        return o;
    }

    private static JsonElement link(BoardLink l) {
        JsonObject o = new JsonObject();
        o.addProperty("fid", l.fid());
        o.addProperty("name", l.name());
        o.addProperty("category", l.category());
        return o;
    }

    static JsonElement board(BoardPage b) {
        JsonObject o = new JsonObject();
        o.addProperty("fid", b.fid());
        o.addProperty("name", b.name());
        o.add("breadcrumb", array(b.breadcrumb(), ForumJson::link));
        o.addProperty("today", b.today());
        o.addProperty("threadCount", b.threadCount());
        o.add("types", array(b.types(), ForumJson::type));
        o.addProperty("typeId", b.typeId());
        o.addProperty("digestOnly", b.digestOnly());
        o.addProperty("order", order(b.order()));
        o.addProperty("page", b.page());
        o.addProperty("pageCount", b.pageCount());
        o.addProperty("pendingThreads", b.pendingThreads());
        o.add("subBoards", array(b.subBoards(), ForumJson::board));
        o.add("threads", array(b.threads(), ForumJson::row));
        return o;
    }

    /** The order as {@code --order} names it. */
    static String order(ThreadOrder order) {
        return order == ThreadOrder.CREATED ? "dateline" : "lastpost";
    }

    private static JsonElement type(ThreadType t) {
        if (t == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", t.id());
        o.addProperty("name", t.name());
        o.addProperty("count", t.count());
        return o;
    }

    private static JsonElement row(ThreadRow r) {
        JsonObject o = new JsonObject();
        o.addProperty("tid", r.tid());
        o.addProperty("subject", r.subject());
        o.add("type", type(r.type()));
        o.addProperty("sticky", r.stickyLevel());
        o.addProperty("digest", r.digestLevel());
        o.addProperty("closed", r.closed());
        o.addProperty("moved", r.moved());
        o.addProperty("poll", r.poll());
        o.addProperty("attachment", r.attachment().name().toLowerCase(Locale.ROOT));
        o.addProperty("highlight", r.highlight());
        o.add("author", person(r.author()));
        o.add("time", JsonView.time(r.started()));
        o.addProperty("replies", r.replies());
        o.addProperty("views", r.views());
        o.addProperty("pages", r.pages());
        JsonObject last = new JsonObject();
        last.addProperty("poster", r.lastPoster());
        last.add("time", JsonView.time(r.lastPostTime()));
        o.add("lastPost", last);
        o.addProperty("unread", r.unread());
        return o;
    }

    static JsonElement thread(ThreadPage t, String url) {
        JsonObject o = new JsonObject();
        o.addProperty("tid", t.tid());
        o.addProperty("fid", t.fid());
        o.addProperty("url", url);
        o.addProperty("subject", t.subject());
        o.add("type", type(t.type()));
        o.add("breadcrumb", array(t.breadcrumb(), ForumJson::link));
        o.addProperty("views", t.views());
        o.addProperty("replies", t.replies());
        o.addProperty("closed", t.closed());
        o.addProperty("awaitingModeration", t.awaitingModeration());
        o.addProperty("page", t.page());
        o.addProperty("pageCount", t.pageCount());
        o.addProperty("authorFilter", t.authorFilter());
        o.addProperty("newestFirst", t.newestFirst());
        o.add("floors", array(t.floors(), ForumJson::floor));
        return o;
    }

    private static JsonElement floor(Floor f) {
        JsonObject o = new JsonObject();
        o.addProperty("pid", f.pid());
        o.addProperty("floor", f.number());
        o.addProperty("label", f.label());
        o.add("author", author(f.author()));
        o.add("time", JsonView.time(f.time()));
        o.addProperty("state", f.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        o.addProperty("notice", f.notice());
        o.add("edit", edit(f.edit()));
        o.addProperty("text", PostText.text(f));
        o.add("quotes", array(PostText.quotes(f), ForumJson::quote));
        o.add("images", array(f.images(), ForumJson::image));
        o.add("attachments", array(f.attachments(), ForumJson::attachment));
        o.add("links", array(f.links(), ForumJson::postLink));
        return o;
    }

    private static JsonElement author(PostAuthor a) {
        JsonObject o = new JsonObject();
        o.addProperty("uid", a.uid());
        o.addProperty("name", a.name());
        o.addProperty("group", a.group());
        o.addProperty("joined", a.joined() == null ? null : a.joined().toString());
        o.addProperty("deleted", a.deleted());
        return o;
    }

    private static JsonElement person(Person p) {
        JsonObject o = new JsonObject();
        o.addProperty("uid", p.uid());
        o.addProperty("name", p.name());
        return o;
    }

    private static JsonElement edit(EditNote e) {
        if (e == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("editor", e.editor());
        o.add("time", JsonView.time(e.time()));
        o.addProperty("text", e.text());
        return o;
    }

    private static JsonElement quote(PostBlock.Quote q) {
        JsonObject o = new JsonObject();
        o.addProperty("pid", q.pid());
        o.addProperty("author", q.author());
        o.add("time", JsonView.time(q.time()));
        o.addProperty("text", String.join("\n", q.lines()));
        return o;
    }

    private static JsonElement image(PostImage i) {
        JsonObject o = new JsonObject();
        o.addProperty("number", i.number());
        o.addProperty("url", i.url());
        o.addProperty("alt", i.alt());
        o.addProperty("aid", i.aid());
        return o;
    }

    private static JsonElement attachment(PostAttachment a) {
        JsonObject o = new JsonObject();
        o.addProperty("number", a.number());
        o.addProperty("aid", a.aid());
        o.addProperty("name", a.name());
        o.addProperty("url", a.url());
        o.addProperty("size", a.size());
        o.addProperty("downloads", a.downloads());
        return o;
    }

    private static JsonElement postLink(PostLink l) {
        JsonObject o = new JsonObject();
        o.addProperty("number", l.number());
        o.addProperty("url", l.url());
        o.addProperty("text", l.text());
        return o;
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonElement> each) {
        JsonArray a = new JsonArray();
        for (T item : items) {
            a.add(each.apply(item));
        }
        return a;
    }
}
