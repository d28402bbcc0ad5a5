package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.site.markup.DiscuzUrls;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Discuz! forum URLs: builds the ones the client asks for from the site root, and reads ids back out of links,
 * with {@code &amp;} or a raw {@code &} alike (the site mixes both in one link).
 */
public final class ForumUrls {
    private final URI base;
    private final Charset charset;

    /** A UTF-8 site. */
    public ForumUrls(URI base) {
        this(base, StandardCharsets.UTF_8);
    }

    /**
     * @param base the site root ({@code SITE}); a missing trailing slash is added
     * @param charset the site charset, in which search words are percent-encoded (GBK on a GBK site)
     */
    public ForumUrls(URI base, Charset charset) {
        String text = base.toString();
        this.base = text.endsWith("/") ? base : URI.create(text + "/");
        this.charset = charset;
    }

    public URI base() {
        return base;
    }

    /** The forum index, {@code forum.php}. */
    public URI index() {
        return base.resolve("forum.php");
    }

    /** One category of the index, {@code forum.php?gid=N}. */
    public URI category(int gid) {
        return base.resolve("forum.php?gid=" + gid);
    }

    /**
     * A board's thread list: {@code forum.php?mod=forumdisplay&fid=N}, then the filter (digest
     * {@code filter=digest&digest=1}, else type {@code filter=typeid&typeid=N}, else for the date order
     * {@code filter=author}), the type with a digest filter as {@code &typeid=N}, {@code &orderby=dateline} for
     * the date order, and {@code &page=P} after page 1.
     */
    public URI board(BoardQuery query) {
        StringBuilder url = new StringBuilder("forum.php?mod=forumdisplay&fid=").append(query.fid());
        if (query.digestOnly()) {
            url.append("&filter=digest&digest=1");
            if (query.typeId() > 0) {
                url.append("&typeid=").append(query.typeId());
            }
        } else if (query.typeId() > 0) {
            url.append("&filter=typeid&typeid=").append(query.typeId());
        } else if (query.order() == ThreadOrder.CREATED) {
            url.append("&filter=author");
        }
        if (query.order() == ThreadOrder.CREATED) {
            url.append("&orderby=dateline");
        }
        if (query.page() > 1) {
            url.append("&page=").append(query.page());
        }
        return base.resolve(url.toString());
    }

    /** A thread page: {@code forum.php?mod=viewthread&tid=N[&page=P][&authorid=UID]}. */
    public URI thread(long tid, int page, long authorId) {
        StringBuilder url = new StringBuilder("forum.php?mod=viewthread&tid=").append(tid);
        if (page > 1) {
            url.append("&page=").append(page);
        }
        if (authorId > 0) {
            url.append("&authorid=").append(authorId);
        }
        return base.resolve(url.toString());
    }

    /** The page holding a post: {@code forum.php?mod=redirect&goto=findpost&ptid=TID&pid=PID} (answers 301). */
    public URI findPost(long tid, long pid) {
        return base.resolve("forum.php?mod=redirect&goto=findpost&ptid=" + tid + "&pid=" + pid);
    }

    /** The page holding the Nth visible post (电梯直达): {@code forum.php?mod=redirect&ptid=TID&postno=N}. */
    public URI postNumber(long tid, int floor) {
        return base.resolve("forum.php?mod=redirect&ptid=" + tid + "&postno=" + floor);
    }

    /** A thread's last page: {@code forum.php?mod=redirect&tid=TID&goto=lastpost} (answers 302). */
    public URI lastPost(long tid) {
        return base.resolve("forum.php?mod=redirect&tid=" + tid + "&goto=lastpost");
    }

    /**
     * A forum (title) search: {@code search.php?mod=forum&srchtxt=WORDS&searchsubmit=yes}, the words encoded in the
     * site charset. The site answers 302 to the result page of a new {@code searchid}.
     */
    public URI search(String words) {
        return base.resolve("search.php?mod=forum&srchtxt=" + URLEncoder.encode(words, charset) + "&searchsubmit=yes");
    }

    /** A later page of a search: {@code search.php?mod=forum&searchid=N&orderby=lastpost&ascdesc=desc&searchsubmit=yes&page=P}. */
    public URI search(long searchId, int page) {
        return base.resolve("search.php?mod=forum&searchid=" + searchId
                + "&orderby=lastpost&ascdesc=desc&searchsubmit=yes" + (page > 1 ? "&page=" + page : ""));
    }

    /** The board id of a {@code forumdisplay} link ({@code fid=}); 0 if none. */
    public static int fid(String href) {
        return href != null && href.contains("forumdisplay") ? intParam(href, "fid") : 0;
    }

    /** The category id of a {@code forum.php?gid=N} link; 0 if none. */
    public static int gid(String href) {
        return href != null && href.contains("forum.php") ? intParam(href, "gid") : 0;
    }

    /** The thread id of a link ({@code tid=}, or {@code ptid=} of a redirect); 0 if none. */
    public static long tid(String href) {
        long tid = longParam(href, "tid");
        return tid > 0 ? tid : longParam(href, "ptid");
    }

    /** The member id of a {@code home.php?mod=space&uid=N} link, or of {@code authorid=}; 0 if none. */
    public static long uid(String href) {
        long uid = longParam(href, "uid");
        return uid > 0 ? uid : longParam(href, "authorid");
    }

    /** The value of a numeric query parameter, {@code &amp;} or {@code &} alike; 0 if absent or not a number. */
    public static long longParam(String href, String name) {
        if (href == null || href.isEmpty()) {
            return 0;
        }
        return DiscuzUrls.number(DiscuzUrls.param(href.replace("&amp;", "&"), name));
    }

    static int intParam(String href, String name) {
        long value = longParam(href, name);
        return value <= Integer.MAX_VALUE ? (int) value : 0;
    }
}
