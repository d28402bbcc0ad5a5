package dev.fenghuang.store;

import com.google.gson.stream.JsonWriter;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Reaction;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the records a reader keeps (section trees, article lists, articles, comments) as JSON with Gson's streaming
 * writer, field by field: the same text Gson's reflective adapters wrote (each component under its name, in its
 * order, a null left out, a time as its ISO text), without their reflection, which loaded ~140 classes into every
 * reader and {@code read} (issue 13). {@link RecordJsonReader} reads it back.
 */
public final class RecordJsonWriter {
    private RecordJsonWriter() {
    }

    /** A section tree, as {@code sections.json} and the store keep it. */
    public static void sections(JsonWriter w, List<Section> tree) throws IOException {
        w.beginArray();
        for (Section s : tree) {
            section(w, s);
        }
        w.endArray();
    }

    private static void section(JsonWriter w, Section s) throws IOException {
        w.beginObject();
        w.name("id").value(s.id());
        w.name("name").value(s.name());
        w.name("children");
        sections(w, s.children());
        w.name("listRefused").value(s.listRefused());
        w.endObject();
    }

    static void articleList(JsonWriter w, ArticleList l) throws IOException {
        w.beginObject();
        w.name("category");
        category(w, l.category());
        w.name("breadcrumb");
        categories(w, l.breadcrumb());
        w.name("page").value(l.page());
        w.name("pageCount").value(l.pageCount());
        w.name("articles").beginArray();
        for (ArticleSummary s : l.articles()) {
            summary(w, s);
        }
        w.endArray();
        w.name("children");
        categories(w, l.children());
        w.name("related");
        categories(w, l.related());
        w.endObject();
    }

    private static void summary(JsonWriter w, ArticleSummary s) throws IOException {
        w.beginObject();
        w.name("aid").value(s.aid());
        w.name("url").value(s.url());
        w.name("title").value(s.title());
        w.name("published");
        time(w, s.published());
        w.name("summary").value(s.summary());
        w.name("thumbnail").value(s.thumbnail());
        w.name("category");
        category(w, s.category());
        w.endObject();
    }

    static void article(JsonWriter w, Article a) throws IOException {
        w.beginObject();
        w.name("aid").value(a.aid());
        w.name("url").value(a.url());
        w.name("title").value(a.title());
        w.name("category");
        category(w, a.category());
        w.name("breadcrumb");
        categories(w, a.breadcrumb());
        w.name("published");
        time(w, a.published());
        w.name("publisher");
        person(w, a.publisher());
        w.name("views").value(a.views());
        w.name("commentCount").value(a.commentCount());
        w.name("originalAuthor").value(a.originalAuthor());
        w.name("source").value(a.source());
        w.name("summary").value(a.summary());
        w.name("paragraphs").beginArray();
        for (String p : a.paragraphs()) {
            w.value(p);
        }
        w.endArray();
        images(w, a.images());
        links(w, a.links());
        w.name("page").value(a.page());
        w.name("pageCount").value(a.pageCount());
        w.name("pageTitle").value(a.pageTitle());
        reactions(w, a.reactions());
        w.name("comments");
        comments(w, a.comments());
        w.name("hiddenComments").value(a.hiddenComments());
        w.name("commentsOpen").value(a.commentsOpen());
        w.endObject();
    }

    private static void images(JsonWriter w, List<Image> images) throws IOException {
        w.name("images").beginArray();
        for (Image i : images) {
            w.beginObject();
            w.name("url").value(i.url());
            w.name("alt").value(i.alt());
            w.name("paragraph").value(i.paragraph());
            w.endObject();
        }
        w.endArray();
    }

    private static void links(JsonWriter w, List<Link> links) throws IOException {
        w.name("links").beginArray();
        for (Link l : links) {
            w.beginObject();
            w.name("url").value(l.url());
            w.name("text").value(l.text());
            w.name("paragraph").value(l.paragraph());
            w.endObject();
        }
        w.endArray();
    }

    private static void reactions(JsonWriter w, List<Reaction> reactions) throws IOException {
        w.name("reactions").beginArray();
        for (Reaction r : reactions) {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("name").value(r.name());
            w.name("count").value(r.count());
            w.endObject();
        }
        w.endArray();
    }

    static void commentList(JsonWriter w, CommentList l) throws IOException {
        w.beginObject();
        w.name("aid").value(l.aid());
        w.name("articleTitle").value(l.articleTitle());
        w.name("total").value(l.total());
        w.name("page").value(l.page());
        w.name("pageCount").value(l.pageCount());
        w.name("comments");
        comments(w, l.comments());
        w.name("hiddenComments").value(l.hiddenComments());
        w.endObject();
    }

    private static void comments(JsonWriter w, List<Comment> comments) throws IOException {
        w.beginArray();
        for (Comment c : comments) {
            w.beginObject();
            w.name("cid").value(c.cid());
            w.name("author");
            person(w, c.author());
            w.name("time");
            time(w, c.time());
            w.name("text").value(c.text());
            w.name("quote").value(c.quote());
            w.name("pending").value(c.pending());
            w.endObject();
        }
        w.endArray();
    }

    private static void categories(JsonWriter w, List<Category> categories) throws IOException {
        w.beginArray();
        for (Category c : categories) {
            category(w, c);
        }
        w.endArray();
    }

    /** A category, or nothing (its name dropped too, as for any null) when there is none. */
    private static void category(JsonWriter w, Category c) throws IOException {
        if (c == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("id").value(c.id());
        w.name("name").value(c.name());
        w.endObject();
    }

    private static void person(JsonWriter w, Person p) throws IOException {
        if (p == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("uid").value(p.uid());
        w.name("name").value(p.name());
        w.endObject();
    }

    private static void time(JsonWriter w, LocalDateTime t) throws IOException {
        w.value(t == null ? null : t.toString());
    }
}
