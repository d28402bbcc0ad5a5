package dev.fenghuang.model.search;

import dev.fenghuang.model.Person;
import java.time.LocalDateTime;

/**
 * One article found by the site's portal search.
 *
 * @param aid the article
 * @param title its title, the matches marked
 * @param summary its summary as the result shows it, the matches marked; empty when the site shows none
 * @param comments the comment count the result prints (pending comments included, as the site counts)
 * @param views the view count the result prints
 * @param time when it was published, site local time; null when the result does not say
 * @param publisher who published it; {@link Person#GUEST} when the result does not say
 */
public record ArticleHit(long aid, MarkedText title, MarkedText summary, long comments, long views,
                         LocalDateTime time, Person publisher) {
    public ArticleHit {
        title = title == null ? MarkedText.EMPTY : title;
        summary = summary == null ? MarkedText.EMPTY : summary;
        publisher = publisher == null ? Person.GUEST : publisher;
    }
}
