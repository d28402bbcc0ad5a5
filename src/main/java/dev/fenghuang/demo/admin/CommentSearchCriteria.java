package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The criteria of the admin comment search (5.5). Dates are {@code Y-n-j}, site time; an absent range is the last
 * seven days (today included), an empty or unreadable bound is no bound, and the end day counts whole.
 *
 * @param subject words of the article title
 * @param message words of the comment text
 * @param authors commenters' names, from the comma-separated {@code author}
 */
record CommentSearchCriteria(String subject, int aid, String message, List<String> authors, int authorid, String starttime,
        String endtime, int perpage, int page) {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-M-d");
    private static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    private static final long DAY_SECONDS = 86_400;

    CommentSearchCriteria {
        authors = List.copyOf(authors);
    }

    static CommentSearchCriteria of(PageRequest request, long now) {
        LocalDate today = Instant.ofEpochSecond(now).atOffset(PrintedTime.SITE_ZONE).toLocalDate();
        String start = request.has("starttime") ? request.param("starttime").strip() : DAY.format(today.minusDays(7));
        String end = request.has("endtime") ? request.param("endtime").strip() : DAY.format(today);
        List<String> authors = Arrays.stream(request.param("author").split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        int perpage = PAGE_SIZES.contains(request.intParam("perpage")) ? request.intParam("perpage") : 20;
        return new CommentSearchCriteria(request.param("subject").strip(), request.intParam("aid"),
                request.param("message").strip(), authors, request.intParam("authorid"), start, end, perpage,
                Math.max(1, request.intParam("page")));
    }

    boolean matches(PortalComment comment, PortalArticle article) {
        return (aid == 0 || comment.aid() == aid) && (authorid == 0 || comment.author().uid() == authorid)
                && (subject.isEmpty() || article.title().contains(subject))
                && (message.isEmpty() || comment.message().contains(message))
                && (authors.isEmpty() || authors.contains(comment.author().name()))
                && within(comment.dateline());
    }

    private boolean within(long dateline) {
        long from = dayStart(starttime);
        long to = dayStart(endtime);
        return (from < 0 || dateline >= from) && (to < 0 || dateline < to + DAY_SECONDS);
    }

    /** Unix seconds of the day's start, -1 for no bound. */
    private static long dayStart(String day) {
        try {
            return LocalDate.parse(day, DAY).atStartOfDay().toEpochSecond(PrintedTime.SITE_ZONE);
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** The criteria as the result pager's links carry them. */
    String query(Charset charset) {
        return AdminLinks.pair("searchsubmit", "yes", charset) + AdminLinks.pair("subject", subject, charset)
                + AdminLinks.pair("aid", aid == 0 ? "" : String.valueOf(aid), charset)
                + AdminLinks.pair("message", message, charset)
                + AdminLinks.pair("author", String.join(",", authors), charset)
                + AdminLinks.pair("authorid", authorid == 0 ? "" : String.valueOf(authorid), charset)
                + AdminLinks.pair("starttime", starttime, charset) + AdminLinks.pair("endtime", endtime, charset)
                + AdminLinks.pair("perpage", String.valueOf(perpage), charset);
    }
}
