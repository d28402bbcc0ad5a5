package dev.fenghuang.site.admin;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueFilter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;

/** The {@code admin.php} URLs of comment moderation (5.4, 5.5 of the protocol reference). */
public final class AdminUrls {
    static final String QUEUE = "admin.php?action=moderate&operation=articlecomments";
    static final String SEARCH = "admin.php?action=comment&operation=article";

    private final URI base;

    public AdminUrls(URI base) {
        String text = base.toString();
        this.base = text.endsWith("/") ? base : URI.create(text + "/");
    }

    public URI base() {
        return base;
    }

    /** The admin home, {@code admin.php?action=index}, with the counter of waiting comments. */
    URI home() {
        return base.resolve("admin.php?action=index");
    }

    /** The queue action, which bulk decisions are posted to. */
    public URI queue() {
        return base.resolve(QUEUE);
    }

    /**
     * One page of the queue as a GET, parameters in the order of the site's own forward URL; text values
     * percent-encoded in the site charset.
     */
    public URI queue(QueueFilter f, int page, Charset charset) {
        return base.resolve(QUEUE + "&page=" + Math.max(1, page) + "&filter=" + QueueFields.tab(f)
                + "&dateline=" + QueueFields.dateline(f) + "&username=" + URLEncoder.encode(f.articleAuthor(), charset)
                + "&keyword=" + URLEncoder.encode(f.keyword(), charset) + "&catid=" + QueueFields.catid(f)
                + "&tpp=" + f.perPage() + "&showcensor=" + (f.showCensor() ? "yes" : "0"));
    }

    /** The fast single decision of a row's 通过/删除/忽略 link; the brackets percent-encoded. */
    URI fast(long cid, Decision decision, int page) {
        return base.resolve(QUEUE + "&fast=1&cid=" + cid + "&moderate%5B" + cid + "%5D=" + QueueFields.value(decision)
                + "&page=" + Math.max(1, page) + "&frame=no");
    }

    /** The comment search form and its POST target. */
    public URI search() {
        return base.resolve(SEARCH);
    }

    /** Where the search result form deletes: {@code …&frame=no}. */
    URI searchDelete() {
        return base.resolve(SEARCH + "&frame=no");
    }
}
