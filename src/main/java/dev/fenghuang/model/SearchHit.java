package dev.fenghuang.model;

import java.time.LocalDateTime;

/**
 * A comment found by a {@link CommentQuery}.
 *
 * @param cid the comment
 * @param aid its article, 0 when the result does not link it
 * @param articleTitle the article's title
 * @param author who wrote it ({@link Person#GUEST} for a guest)
 * @param time when, site local time; null when the result does not say
 * @param text the comment text, line breaks as \n
 */
public record SearchHit(long cid, long aid, String articleTitle, Person author, LocalDateTime time, String text) {
    public SearchHit {
        articleTitle = articleTitle == null ? "" : articleTitle;
        author = author == null ? Person.GUEST : author;
        text = text == null ? "" : text;
    }
}
