package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.http.PageRequest;

/**
 * The search box of the admin forum queues (5.7): author, 标题包含 (threads: the subject) or 内容包含 (replies: the
 * message), page size, censor highlighting, normal or ignored items, a board, and the time window — one week unless
 * {@code dateline=all}, tested against the queue entry time for threads and the post date for replies.
 */
record ForumQueueFilter(String username, String title, int perPage, boolean showCensor, boolean ignored, int modfid,
        String dateline, int page) {
    static final String WEEK = "604800";

    static ForumQueueFilter of(PageRequest request, boolean threads) {
        int perPage = request.intParam(threads ? "tpp" : "ppp");
        String dateline = request.param("dateline");
        return new ForumQueueFilter(request.param("username").strip(), request.param("title").strip(),
                perPage == 50 || perPage == 100 ? perPage : 20, request.param("showcensor").equals("yes")
                        || request.param("showcensor").equals("1"), request.param("filter").equals("ignore"),
                request.intParam("modfid"), dateline.equals("all") || dateline.matches("\\d+") ? dateline : WEEK,
                Math.max(1, request.intParam("page")));
    }

    boolean admits(String author, String text, int fid, long time, long now) {
        return (username.isEmpty() || author.equals(username)) && (title.isEmpty() || text.contains(title))
                && (modfid == 0 || fid == modfid) && (dateline.equals("all") || now - time <= Long.parseLong(dateline));
    }

    /** The forward URL of a decision, with the filters as posted. */
    String forward(boolean threads) {
        String common = "&page=" + page + "&filter=" + (ignored ? "ignore" : "normal") + "&modfid=" + modfid;
        return threads
                ? "admin.php?action=moderate&operation=threads" + common + "&username=" + username + "&title=" + title
                        + "&tpp=" + perPage + "&showcensor=" + (showCensor ? 1 : 0) + "&dateline=" + dateline
                : "admin.php?action=moderate&operation=replies" + common + "&posttableid=0&dateline=" + dateline
                        + "&username=" + username + "&title=" + title + "&ppp=" + perPage + "&showcensor="
                        + (showCensor ? 1 : 0);
    }

    /** The list's own URL for its pager (links add {@code &amp;page=k}), text in the site charset. */
    String pagerBase(boolean threads, java.nio.charset.Charset charset) {
        return "admin.php?action=moderate&amp;operation=" + (threads ? "threads" : "replies") + "&amp;filter="
                + (ignored ? "ignore" : "normal") + "&amp;modfid=" + (modfid == 0 ? "all" : String.valueOf(modfid))
                + "&amp;username=" + java.net.URLEncoder.encode(username, charset) + "&amp;title="
                + java.net.URLEncoder.encode(title, charset) + "&amp;" + (threads ? "tpp" : "ppp") + "=" + perPage
                + "&amp;showcensor=" + (showCensor ? "yes" : "0") + "&amp;dateline=" + dateline;
    }
}
