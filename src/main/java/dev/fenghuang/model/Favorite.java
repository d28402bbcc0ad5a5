package dev.fenghuang.model;

import java.time.LocalDateTime;

/**
 * One entry of a member's favourites (收藏).
 *
 * @param favid the favourite's id, used to remove it
 * @param aid the article it points to (0 when it is not an article)
 * @param title the title as listed
 * @param url absolute URL of the article
 * @param time when it was added, site local time; null if absent
 */
public record Favorite(long favid, long aid, String title, String url, LocalDateTime time) {
}
