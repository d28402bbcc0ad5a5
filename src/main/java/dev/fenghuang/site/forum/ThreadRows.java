package dev.fenghuang.site.forum;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.forum.AttachmentMark;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadType;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The thread rows of a board list: one {@code tbody#stickthread_TID} or {@code tbody#normalthread_TID} each
 * (announcements and the separator have other ids and are skipped). Markers are read from both the X3.5 icons
 * ({@code i.tpinN}, {@code i.fico-lock}, {@code span.tdigest}, {@code i.fico-image}) and the X3.4 images
 * ({@code pin_N.gif}, {@code folder_lock.gif}, {@code digest_N.gif}, {@code attach_img}).
 */
final class ThreadRows {
    private static final Pattern COLOR = Pattern.compile("(?i)(?:^|[;\\s])color\\s*:\\s*([^;]+)");
    private static final Pattern LEVEL = Pattern.compile("(\\d)");

    private ThreadRows() {
    }

    static List<ThreadRow> of(Element scope, Clock clock) {
        List<ThreadRow> rows = new ArrayList<>();
        for (Element body : scope.select(Css.of("tbody[id^=stickthread_], tbody[id^=normalthread_]"))) {
            ThreadRow row = row(body, clock);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static ThreadRow row(Element body, Clock clock) {
        Element th = body.selectFirst(Css.of("th"));
        if (th == null) {
            return null;
        }
        Element subject = subjectLink(th);
        boolean sticky = body.id().startsWith("stickthread_");
        long tid = subject == null ? 0 : ForumUrls.tid(subject.attr("href"));
        if (tid == 0) {
            tid = ForumMarkup.firstNumber(body.id());
        }
        if (tid == 0) {
            return null;
        }
        Element icon = body.selectFirst(Css.of("td.icn"));
        boolean moved = th.text().contains("移动:");
        boolean lock = th.hasClass("lock") || has(icon, "i.fico-lock, img[src*=folder_lock]")
                || titleOf(icon).contains("关闭");
        ThreadRow.Builder row = ThreadRow.builder(tid)
                .subject(SiteText.of(subject))
                .type(type(th))
                .stickyLevel(sticky ? stickyLevel(icon) : 0)
                .digestLevel(digestLevel(th))
                .moved(moved)
                .closed(lock && !moved)
                .poll(has(icon, "img[src*=poll], i[class*=fico-vote], i[class*=fico-poll]") || titleOf(icon).contains("投票"))
                .attachment(attachment(th))
                .highlight(highlight(subject))
                .pages(pages(th))
                .unread(th.hasClass("new"));
        return counts(row, body, clock).build();
    }

    /** The author and start cell, the replies/views cell and the last-post cell ({@code td.by}, {@code td.num}). */
    private static ThreadRow.Builder counts(ThreadRow.Builder row, Element body, Clock clock) {
        Elements by = body.select(Css.of("td.by"));
        if (!by.isEmpty()) {
            row.author(person(by.get(0).selectFirst(Css.of("cite"))))
                    .started(DiscuzTime.of(by.get(0).selectFirst(Css.of("em")), clock));
        }
        if (by.size() > 1) {
            Element cite = by.get(1).selectFirst(Css.of("cite"));
            row.lastPoster(SiteText.of(cite)).lastPostTime(DiscuzTime.of(by.get(1).selectFirst(Css.of("em")), clock));
        }
        Element num = body.selectFirst(Css.of("td.num"));
        if (num != null) {
            row.replies(ForumMarkup.count(num.selectFirst(Css.of("a"))))
                    .views(ForumMarkup.count(num.selectFirst(Css.of("em"))));
        }
        return row;
    }

    private static Element subjectLink(Element th) {
        Element link = th.selectFirst(Css.of("a.xst"));
        if (link != null) {
            return link;
        }
        for (Element a : th.select(Css.of("a[href*=viewthread]"))) {
            if (!a.parent().hasClass("tps")) {
                return a;
            }
        }
        return null;
    }

    private static ThreadType type(Element th) {
        Element link = th.selectFirst(Css.of("em > a[href*=typeid]"));
        if (link == null) {
            return null;
        }
        return new ThreadType(ForumUrls.intParam(link.attr("href"), "typeid"), SiteText.of(link), 0);
    }

    /** {@code i.tpinN} (X3.5), {@code pin_N.gif} (X3.4), else the icon title; a sticky row without a mark is 1. */
    private static int stickyLevel(Element icon) {
        if (icon != null) {
            Element pin = icon.selectFirst(Css.of("i[class*=tpin], img[src*=pin_]"));
            if (pin != null) {
                String mark = pin.hasAttr("src") ? pin.attr("src") : pin.className().replace("tpin ", "");
                Matcher m = LEVEL.matcher(mark.substring(Math.max(0, mark.lastIndexOf("pin"))));
                if (m.find()) {
                    return Math.max(1, Math.min(3, Integer.parseInt(m.group(1))));
                }
            }
            String title = titleOf(icon);
            if (title.contains("全局置顶")) {
                return 3;
            }
            if (title.contains("分类置顶")) {
                return 2;
            }
        }
        return 1;
    }

    private static int digestLevel(Element th) {
        Element box = th.selectFirst(Css.of("span.tdigest, img[src*=digest_]"));
        if (box == null) {
            return 0;
        }
        String mark = box.hasAttr("src") ? box.attr("src").substring(box.attr("src").lastIndexOf("digest_")) : box.text();
        Matcher m = LEVEL.matcher(mark);
        return m.find() ? Math.max(1, Math.min(3, Integer.parseInt(m.group(1)))) : 1;
    }

    private static AttachmentMark attachment(Element th) {
        if (has(th, "img[alt=attach_img], i.fico-image, img[title=图片附件]")) {
            return AttachmentMark.IMAGE;
        }
        if (has(th, "img[alt=attachment], i.fico-attachment, img[title=附件]")) {
            return AttachmentMark.FILE;
        }
        return AttachmentMark.NONE;
    }

    private static String highlight(Element subject) {
        if (subject == null || !subject.hasAttr("style")) {
            return "";
        }
        Matcher m = COLOR.matcher(subject.attr("style"));
        return m.find() ? SiteText.line(m.group(1)) : "";
    }

    private static int pages(Element th) {
        int pages = 1;
        for (Element a : th.select(Css.of("span.tps a"))) {
            pages = Math.max(pages, ForumMarkup.firstInt(a.text()));
        }
        return pages;
    }

    /** The member a {@code cite} links to, or its text alone (匿名) with uid 0. */
    static Person person(Element cite) {
        if (cite == null) {
            return new Person(0, "");
        }
        Element link = cite.selectFirst(Css.of("a[href]"));
        return link == null ? new Person(0, SiteText.of(cite)) : new Person(ForumUrls.uid(link.attr("href")), SiteText.of(link));
    }

    private static boolean has(Element scope, String query) {
        return scope != null && scope.selectFirst(Css.of(query)) != null;
    }

    private static String titleOf(Element icon) {
        Element titled = icon == null ? null : icon.selectFirst(Css.of("a[title]"));
        return titled == null ? "" : titled.attr("title");
    }
}
