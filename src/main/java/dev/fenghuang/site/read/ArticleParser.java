package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.UnexpectedPage;
import java.time.Clock;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a portal article page ({@code portal.php?mod=view}, or its rewritten or static form) into an
 * {@link Article}. Ids come from the document (favourite link, comment form, reaction links), the URL only as a
 * last resort. Missing optional parts give null, 0 or empty lists; a page without {@code h1.ph} or
 * {@code td#article_content} is not an article page and throws {@link UnexpectedPage}.
 * Past the last page Discuz shows the last page number with an empty body: this parser reports what the page
 * says; the caller compares with what it asked for.
 */
public final class ArticleParser {
    private static final String PENDING = "(待审核)";
    private static final String IGNORED = "(已忽略)";

    private ArticleParser() {
    }

    /** Parses with relative times read against the default site zone (UTC+8). */
    public static Article parse(Document page) throws UnexpectedPage {
        return parse(page, Clock.system(DiscuzTime.SITE_ZONE));
    }

    /** Parses an article page; relative times are computed against {@code clock}. */
    public static Article parse(Document page, Clock clock) throws UnexpectedPage {
        Element heading = FirstMatch.in(page, "h1.ph");
        Element content = PageIds.get(page, "article_content");
        if (heading == null || content == null) {
            throw new UnexpectedPage(page.location(), heading == null
                    ? "not an article page: no title (h1.ph)" : "not an article page: no td#article_content");
        }
        if (isBrokenBeyondReading(content)) {
            throw new UnexpectedPage(page.location(),
                    "the article page is malformed: its body swallows the rest of the page (reactions, comments)");
        }
        Element head = heading.parent();
        MetaLine meta = MetaLine.of(metaLine(head, page), clock);
        List<Category> breadcrumb = CategoryLinks.breadcrumb(page);
        Category category = breadcrumb.isEmpty() ? meta.category() : breadcrumb.get(breadcrumb.size() - 1);
        if (breadcrumb.isEmpty() && category != null) {
            breadcrumb = List.of(category);
        }
        ArticleBody body = ArticleBody.of(content);
        Element comments = PageIds.get(page, "comment");
        List<Comment> items = CommentParser.comments(comments, clock);
        long commentCount = meta.comments() >= 0 ? meta.comments() : firstCommentNumber(page);
        long views = meta.views() >= 0 ? meta.views() : number(PageIds.get(page, "_viewnum"));
        ArticlePages pages = ArticlePages.of(page);
        return Article.builder()
                .aid(ArticleIds.aid(page)).url(SiteText.url(page.location())).title(title(heading))
                .category(category).breadcrumb(breadcrumb)
                .published(meta.published()).publisher(meta.publisher())
                .views(Math.max(0, views)).commentCount(Math.max(0, commentCount))
                .originalAuthor(meta.originalAuthor()).source(meta.source()).summary(summary(page))
                .paragraphs(body.paragraphs()).images(body.images()).links(body.links())
                .page(pages.page()).pageCount(pages.pageCount()).pageTitle(body.pageTitle())
                .reactions(ReactionParser.of(PageIds.get(page, "click_div")))
                .comments(items).hiddenComments(CommentParser.hidden(comments))
                .commentsOpen(PageIds.get(page, "cform") != null)
                .build();
    }

    /**
     * An unclosed table in the body may pull the reactions and comments into it, and the body walk copes with that
     * (it stops at {@code #click_div}). But when the page parts lost their own containers too — reaction links with no
     * {@code #click_div} around them, as after an unclosed {@code <script>} — what the body holds is no longer
     * telling text from page furniture, and guessing would show the furniture as paragraphs.
     */
    static boolean isBrokenBeyondReading(Element content) {
        for (Element link : FirstMatch.all(content, "a[id^=click_aid_]")) {
            if (link.closest(Css.of("#click_div")) == null) {
                return true;
            }
        }
        return false;
    }

    /** The article title without the trailing space and state markers. */
    static String title(Element heading) {
        Element link = FirstMatch.in(heading, "a[href]");
        String text = SiteText.of(link != null && heading.ownText().isBlank() ? link : heading);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String marker : new String[] {PENDING, IGNORED}) {
                if (text.endsWith(marker)) {
                    text = text.substring(0, text.length() - marker.length()).strip();
                    changed = true;
                }
            }
        }
        return text;
    }

    private static Element metaLine(Element head, Document page) {
        Element line = head == null ? null : FirstMatch.in(head, "p.xg1");
        return line != null ? line : page.selectFirst(Css.of("div.vw p.xg1"));
    }

    private static String summary(Document page) {
        Element box = FirstMatch.in(page, "div.s");
        if (box == null) {
            return null;
        }
        String text = SiteText.of(box);
        if (text.startsWith("摘要")) {
            text = MetaLine.after(text);
        }
        return text.isEmpty() ? null : text;
    }

    private static long firstCommentNumber(Document page) {
        return number(PageIds.get(page, "_commentnum"));
    }

    private static long number(Element element) {
        return element == null ? 0 : DiscuzUrls.number(element.text().strip());
    }
}
