package dev.fenghuang.model.forum;

/** How a board lists its threads: by last post (the site's default) or by the date they were started. */
public enum ThreadOrder {
    LAST_POST,
    CREATED
}
