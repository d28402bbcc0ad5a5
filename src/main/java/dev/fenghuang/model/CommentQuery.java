package dev.fenghuang.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A search over all comments of a portal (the admin panel's comment search). Every part is optional.
 *
 * @param articleTitle words of the article title, empty for any
 * @param aid one article, 0 for any
 * @param keyword words in the comment text, empty for any
 * @param authors commenters' names, any of them; empty for anyone
 * @param authorUid one commenter by id, 0 for anyone
 * @param from first day (inclusive), null for no bound
 * @param to last day (inclusive), null for no bound
 * @param perPage 20, 50 or 100 (others are rounded up to one of these)
 */
public record CommentQuery(String articleTitle, long aid, String keyword, List<String> authors, long authorUid,
                           LocalDate from, LocalDate to, int perPage) {
    public CommentQuery {
        articleTitle = articleTitle == null ? "" : articleTitle.strip();
        aid = Math.max(0, aid);
        keyword = keyword == null ? "" : keyword.strip();
        authors = authors == null ? List.of() : List.copyOf(authors);
        authorUid = Math.max(0, authorUid);
        perPage = perPage <= 20 ? 20 : perPage <= 50 ? 50 : 100;
    }

    /** Comments made between two days, inclusive, 20 a page. */
    public static CommentQuery between(LocalDate from, LocalDate to) {
        return new CommentQuery("", 0, "", List.of(), 0, from, to, 20);
    }

    public CommentQuery onArticle(long id) {
        return new CommentQuery(articleTitle, id, keyword, authors, authorUid, from, to, perPage);
    }

    public CommentQuery containing(String words) {
        return new CommentQuery(articleTitle, aid, words, authors, authorUid, from, to, perPage);
    }

    public CommentQuery by(String... names) {
        return new CommentQuery(articleTitle, aid, keyword, List.of(names), authorUid, from, to, perPage);
    }

    public CommentQuery withPerPage(int n) {
        return new CommentQuery(articleTitle, aid, keyword, authors, authorUid, from, to, n);
    }
}
