package dev.fenghuang.model.forum;

import java.time.LocalDateTime;

/**
 * The stamp 本帖最后由 NAME 于 TIME 编辑 at the start of an edited post.
 *
 * @param editor who edited last
 * @param time when, site local time; null if the stamp does not say
 * @param text the stamp as the site wrote it
 */
public record EditNote(String editor, LocalDateTime time, String text) {
    public EditNote {
        editor = editor == null ? "" : editor;
        text = text == null ? "" : text;
    }
}
