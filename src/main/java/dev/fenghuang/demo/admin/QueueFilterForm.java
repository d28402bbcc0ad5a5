package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;

/**
 * The filters of the comment queue (5.4), read from GET or POST. The quirks of X3.5 are kept: {@code username} and
 * {@code dateline} test the article's publisher and publish time, not the comment's.
 *
 * @param ignored {@code filter=ignore} (已忽略) instead of {@code normal} (未审核)
 * @param dateline {@code 604800} (default), {@code 2592000}, {@code 7776000} or {@code all}
 * @param catid the raw {@code catid}, "" for any category
 * @param showcensor the raw {@code showcensor}: {@code yes} (or {@code 1}) highlights censor words
 * @param page from 1; beyond the last page the list is empty
 */
record QueueFilterForm(boolean ignored, String dateline, String catid, String username, String keyword, int tpp,
        String showcensor, int page) {
    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    static final String ALL_TIME = "all";
    private static final Set<String> DATELINES = Set.of("604800", "2592000", "7776000", ALL_TIME);

    static QueueFilterForm of(PageRequest request) {
        String dateline = DATELINES.contains(request.param("dateline")) ? request.param("dateline") : "604800";
        int tpp = PAGE_SIZES.contains(request.intParam("tpp")) ? request.intParam("tpp") : PAGE_SIZES.get(0);
        return new QueueFilterForm(request.param("filter").equals("ignore"), dateline, request.param("catid").strip(),
                request.param("username").strip(), request.param("keyword").strip(), tpp, request.param("showcensor"),
                Math.max(1, request.intParam("page")));
    }

    boolean highlightsCensorWords() {
        return showcensor.equals("yes") || showcensor.equals("1");
    }

    /** True when the held comment on this article passes every filter. */
    boolean admits(PortalComment comment, PortalArticle article, long now) {
        if (!dateline.equals(ALL_TIME) && article.dateline() < now - Long.parseLong(dateline)) {
            return false;
        }
        if (!catid.isEmpty() && !catid.equals(String.valueOf(article.catid()))) {
            return false;
        }
        if (!username.isEmpty() && !username.equals(article.publisher().name())) {
            return false;
        }
        return keyword.isEmpty() || comment.message().contains(keyword);
    }

    /**
     * The filters as the list's links and forwards carry them, e.g.
     * {@code &filter=normal&dateline=all&username=&keyword=&catid=&tpp=20&showcensor=0}.
     */
    String query(Charset charset) {
        return AdminLinks.pair("filter", ignored ? "ignore" : "normal", charset)
                + AdminLinks.pair("dateline", dateline, charset) + AdminLinks.pair("username", username, charset)
                + AdminLinks.pair("keyword", keyword, charset) + AdminLinks.pair("catid", catid, charset)
                + AdminLinks.pair("tpp", String.valueOf(tpp), charset)
                + AdminLinks.pair("showcensor", showcensor.isEmpty() ? "0" : showcensor, charset);
    }
}
