package dev.fenghuang.store;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
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
import dev.fenghuang.model.TimeText;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link RecordJsonWriter} writes, and what Gson's reflective adapters wrote before it, with Gson's
 * streaming reader: as those adapters did, a field not named keeps its type's default (null, 0, false), a name not
 * known is skipped, and the record's constructor has the last word (a list missing where one is required throws).
 */
public final class RecordJsonReader {
    private RecordJsonReader() {
    }

    /** A section tree, or null for a JSON null. */
    public static List<Section> sections(JsonReader r) throws IOException {
        return list(r, Element.SECTION);
    }

    private static Section section(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        int id = 0;
        String name = null;
        List<Section> children = null;
        boolean listRefused = false;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = r.nextInt();
                case "name" -> name = string(r);
                case "children" -> children = sections(r);
                case "listRefused" -> listRefused = r.nextBoolean();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Section(id, name, children, listRefused);
    }

    static ArticleList articleList(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        Category category = null;
        List<Category> breadcrumb = null;
        int page = 0;
        int pageCount = 0;
        List<ArticleSummary> articles = null;
        List<Category> children = null;
        List<Category> related = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "category" -> category = category(r);
                case "breadcrumb" -> breadcrumb = categories(r);
                case "page" -> page = r.nextInt();
                case "pageCount" -> pageCount = r.nextInt();
                case "articles" -> articles = summaries(r);
                case "children" -> children = categories(r);
                case "related" -> related = categories(r);
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new ArticleList(category, breadcrumb, page, pageCount, articles, children, related);
    }

    private static List<ArticleSummary> summaries(JsonReader r) throws IOException {
        return list(r, Element.SUMMARY);
    }

    private static ArticleSummary summary(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        long aid = 0;
        String url = null;
        String title = null;
        LocalDateTime published = null;
        String summary = null;
        String thumbnail = null;
        Category category = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "aid" -> aid = r.nextLong();
                case "url" -> url = string(r);
                case "title" -> title = string(r);
                case "published" -> published = time(r);
                case "summary" -> summary = string(r);
                case "thumbnail" -> thumbnail = string(r);
                case "category" -> category = category(r);
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new ArticleSummary(aid, url, title, published, summary, thumbnail, category);
    }

    static Article article(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        Article.Builder a = Article.builder().title(null).breadcrumb(null).paragraphs(null).images(null).links(null)
                .page(0).pageCount(0).reactions(null).comments(null);
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "aid" -> a.aid(r.nextLong());
                case "url" -> a.url(string(r));
                case "title" -> a.title(string(r));
                case "category" -> a.category(category(r));
                case "breadcrumb" -> a.breadcrumb(categories(r));
                case "published" -> a.published(time(r));
                case "publisher" -> a.publisher(person(r));
                case "views" -> a.views(r.nextLong());
                case "commentCount" -> a.commentCount(r.nextLong());
                case "originalAuthor" -> a.originalAuthor(string(r));
                case "source" -> a.source(string(r));
                case "summary" -> a.summary(string(r));
                case "paragraphs" -> a.paragraphs(strings(r));
                case "images" -> a.images(images(r));
                case "links" -> a.links(links(r));
                case "page" -> a.page(r.nextInt());
                case "pageCount" -> a.pageCount(r.nextInt());
                case "pageTitle" -> a.pageTitle(string(r));
                case "reactions" -> a.reactions(reactions(r));
                case "comments" -> a.comments(comments(r));
                case "hiddenComments" -> a.hiddenComments(r.nextInt());
                case "commentsOpen" -> a.commentsOpen(r.nextBoolean());
                default -> r.skipValue();
            }
        }
        r.endObject();
        return a.build();
    }

    private static List<String> strings(JsonReader r) throws IOException {
        return list(r, Element.STRING);
    }

    private static List<Image> images(JsonReader r) throws IOException {
        return list(r, Element.IMAGE);
    }

    private static Image image(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        String url = null;
        String alt = null;
        int paragraph = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "url" -> url = string(r);
                case "alt" -> alt = string(r);
                case "paragraph" -> paragraph = r.nextInt();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Image(url, alt, paragraph);
    }

    private static List<Link> links(JsonReader r) throws IOException {
        return list(r, Element.LINK);
    }

    private static Link link(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        String url = null;
        String text = null;
        int paragraph = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "url" -> url = string(r);
                case "text" -> text = string(r);
                case "paragraph" -> paragraph = r.nextInt();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Link(url, text, paragraph);
    }

    private static List<Reaction> reactions(JsonReader r) throws IOException {
        return list(r, Element.REACTION);
    }

    private static Reaction reaction(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        int id = 0;
        String name = null;
        int count = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = r.nextInt();
                case "name" -> name = string(r);
                case "count" -> count = r.nextInt();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Reaction(id, name, count);
    }

    static CommentList commentList(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        long aid = 0;
        String articleTitle = null;
        long total = 0;
        int page = 0;
        int pageCount = 0;
        List<Comment> comments = null;
        int hiddenComments = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "aid" -> aid = r.nextLong();
                case "articleTitle" -> articleTitle = string(r);
                case "total" -> total = r.nextLong();
                case "page" -> page = r.nextInt();
                case "pageCount" -> pageCount = r.nextInt();
                case "comments" -> comments = comments(r);
                case "hiddenComments" -> hiddenComments = r.nextInt();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new CommentList(aid, articleTitle, total, page, pageCount, comments, hiddenComments);
    }

    private static List<Comment> comments(JsonReader r) throws IOException {
        return list(r, Element.COMMENT);
    }

    private static Comment comment(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        long cid = 0;
        Person author = null;
        LocalDateTime time = null;
        String text = null;
        String quote = null;
        boolean pending = false;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "cid" -> cid = r.nextLong();
                case "author" -> author = person(r);
                case "time" -> time = time(r);
                case "text" -> text = string(r);
                case "quote" -> quote = string(r);
                case "pending" -> pending = r.nextBoolean();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Comment(cid, author, time, text, quote, pending);
    }

    private static List<Category> categories(JsonReader r) throws IOException {
        return list(r, Element.CATEGORY);
    }

    private static Category category(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        int id = 0;
        String name = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = r.nextInt();
                case "name" -> name = string(r);
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Category(id, name);
    }

    private static Person person(JsonReader r) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        long uid = 0;
        String name = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "uid" -> uid = r.nextLong();
                case "name" -> name = string(r);
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Person(uid, name);
    }

    /** What a record's list holds: one array loop for them all, with no reader object (and class) per kind. */
    private enum Element { SECTION, SUMMARY, COMMENT, CATEGORY, STRING, IMAGE, LINK, REACTION }

    /** A JSON array of {@code kind}'s values, or null for a JSON null; the caller names the type that kind reads. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> list(JsonReader r, Element kind) throws IOException {
        if (nullSkipped(r)) {
            return null;
        }
        List<Object> all = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            all.add(switch (kind) {
                case SECTION -> section(r);
                case SUMMARY -> summary(r);
                case COMMENT -> comment(r);
                case CATEGORY -> category(r);
                case STRING -> string(r);
                case IMAGE -> image(r);
                case LINK -> link(r);
                case REACTION -> reaction(r);
            });
        }
        r.endArray();
        return (List<T>) all;
    }

    private static LocalDateTime time(JsonReader r) throws IOException {
        String text = string(r);
        return text == null ? null : TimeText.parseIso(text);
    }

    private static String string(JsonReader r) throws IOException {
        return nullSkipped(r) ? null : r.nextString();
    }

    /** Whether the next value is a JSON null, then read past it. */
    private static boolean nullSkipped(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return true;
        }
        return false;
    }
}
