package dev.fenghuang.app.store;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An article with all its pages and all its comments, as an export writes it: read through the reader, so the
 * cache and the store answer what they hold and the site only the rest.
 *
 * @param pages the article's pages in order, the first holding the metadata
 * @param comments every comment of every comment page, newest first as the site lists them
 * @param claimedPages how many pages of body the site said the article has
 * @param claimedCommentPages how many comment pages the site said there are
 */
public record WholeArticle(List<Article> pages, List<Comment> comments, int claimedPages, int claimedCommentPages) {
    /** The most pages of body an export reads, whatever the site claims. */
    public static final int MAX_PAGES = 200;
    /** The most comment pages an export reads, whatever the site claims. */
    public static final int MAX_COMMENT_PAGES = 200;

    public WholeArticle {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("an article has at least one page");
        }
        pages = List.copyOf(pages);
        comments = List.copyOf(comments);
    }

    /** An article read whole: the pages the site claims are the pages read. */
    public WholeArticle(List<Article> pages, List<Comment> comments) {
        this(pages, comments, pages.size(), 1);
    }

    /** Whether the site claimed more pages of body or comments than were read. */
    public boolean cut() {
        return claimedPages > MAX_PAGES || claimedCommentPages > MAX_COMMENT_PAGES;
    }

    /**
     * Reads every page of the article and of its comments, up to {@link #MAX_PAGES} and {@link #MAX_COMMENT_PAGES}:
     * a page count comes from the site, so a hostile one must not make an export endless.
     */
    public static WholeArticle read(PortalReader reader, long aid) throws IOException {
        Article first = reader.article(aid, 1, false);
        List<Article> pages = new ArrayList<>(List.of(first));
        for (int page = 2; page <= Math.min(first.pageCount(), MAX_PAGES); page++) {
            pages.add(reader.article(aid, page, false));
        }
        List<Comment> comments = new ArrayList<>();
        CommentList list = reader.comments(aid, 1, false);
        comments.addAll(list.comments());
        for (int page = 2; page <= Math.min(list.pageCount(), MAX_COMMENT_PAGES); page++) {
            comments.addAll(reader.comments(aid, page, false).comments());
        }
        return new WholeArticle(pages, comments, first.pageCount(), list.pageCount());
    }

    /** The first page: title, metadata, summary. */
    public Article first() {
        return pages.get(0);
    }

    /** The paragraphs of every page, in order. */
    public List<String> paragraphs() {
        return pages.stream().flatMap(p -> p.paragraphs().stream()).toList();
    }

    /** The images of every page, each's paragraph counted through the whole article. */
    public List<Image> images() {
        List<Image> all = new ArrayList<>();
        int before = 0;
        for (Article page : pages) {
            for (Image i : page.images()) {
                all.add(new Image(i.url(), i.alt(), before + i.paragraph()));
            }
            before += page.paragraphs().size();
        }
        return all;
    }

    /** The links of every page, each's paragraph counted through the whole article. */
    public List<Link> links() {
        List<Link> all = new ArrayList<>();
        int before = 0;
        for (Article page : pages) {
            for (Link l : page.links()) {
                all.add(new Link(l.url(), l.text(), before + l.paragraph()));
            }
            before += page.paragraphs().size();
        }
        return all;
    }
}
