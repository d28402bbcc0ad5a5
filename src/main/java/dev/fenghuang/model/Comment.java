package dev.fenghuang.model;

import java.time.LocalDateTime;

/**
 * A comment on an article.
 *
 * @param cid comment id
 * @param author who wrote it ({@link Person#GUEST} for guests)
 * @param time when, in the site's local time; null if the page did not say
 * @param text the comment's own text, quote removed, line breaks as \n
 * @param quote the quoted text, or null when the comment quotes nothing
 * @param pending true when the site marks it as waiting for moderation (待审核)
 */
public record Comment(long cid, Person author, LocalDateTime time, String text, String quote, boolean pending) {
    public Comment {
        author = author == null ? Person.GUEST : author;
        text = text == null ? "" : text;
    }
}
