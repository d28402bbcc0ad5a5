package dev.fenghuang.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A comment waiting in (or set aside on) the moderation queue.
 *
 * @param cid the comment
 * @param aid the article it was made on, 0 when the queue does not link it
 * @param articleTitle the article's title
 * @param author who wrote the comment ({@link Person#GUEST} for a guest)
 * @param time when it was written, site local time; null when the queue does not say
 * @param text the comment text, line breaks as \n
 * @param censorWords the censor words the site found in it (asked for with {@link QueueFilter#showCensor()})
 */
public record QueueEntry(long cid, long aid, String articleTitle, Person author, LocalDateTime time, String text,
                         List<String> censorWords) {
    public QueueEntry {
        articleTitle = articleTitle == null ? "" : articleTitle;
        author = author == null ? Person.GUEST : author;
        text = text == null ? "" : text;
        censorWords = censorWords == null ? List.of() : List.copyOf(censorWords);
    }
}
