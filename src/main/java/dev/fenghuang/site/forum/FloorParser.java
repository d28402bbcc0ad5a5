package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.EditNote;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.FloorState;
import dev.fenghuang.model.forum.PostAuthor;
import dev.fenghuang.site.forum.scan.ThreadPageScan;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * One {@code div#post_PID} of a thread page: the floor label ({@code a#postnumPID}), the author (left column
 * {@code .pls .authi a}, else the header's {@code a.xi2}; 匿名; 该用户已被删除), the group and 注册时间 where the
 * column shows them (read tolerantly: the reference does not fix their markup), the time
 * ({@code em#authorpostonPID}), the state from {@code div.pcb > div.locked} and {@code (待审核)}, the edit stamp
 * ({@code i.pstatus}) and the body ({@code td#postmessage_PID} and {@code div.pattl}). The floor's number is left to
 * {@link FloorNumbers}.
 */
public final class FloorParser {
    private static final Pattern EDITED = Pattern.compile("本帖最后由\\s*(.+?)\\s*于\\s*(.+?)\\s*编辑");
    private static final String PENDING = "待审核";

    private FloorParser() {
    }

    static Floor parse(Element post, long pid, Clock clock) {
        PostParts parts = PostParts.of(post, pid);
        Floor.Builder floor = Floor.builder(pid)
                .label(label(parts.number))
                .author(author(parts.left, post))
                .time(DiscuzTime.of(parts.time, clock));
        return finish(floor, parts.message, parts.attachmentList, SiteText.of(parts.notice),
                isPendingMark(parts.buttons), clock);
    }

    /**
     * The rest of a floor from its body ({@code td.t_f}) and attachment list, either of which may be null, the
     * notice's text and whether the buttons say {@code (待审核)}: the one way both {@link #parse} and
     * {@link ThreadPageScan} end a floor.
     */
    public static Floor finish(Floor.Builder floor, Element message, Element attachmentList, String notice,
                        boolean pendingMark, Clock clock) {
        PostBody body = PostBody.of(message, attachmentList, clock);
        floor.edit(edit(message, clock))
                .blocks(body.blocks).images(body.images).attachments(body.attachments).links(body.links);
        String noticeText = notice;
        FloorState state = state(noticeText);
        if (state == FloorState.NORMAL && (pendingMark || isPendingText(message))) {
            state = FloorState.PENDING;
            noticeText = PENDING;
        }
        return floor.state(state).notice(state == FloorState.NORMAL ? "" : noticeText).build();
    }

    /** The floor's name from the floor link's own text and its first {@code em}'s text (null for none). */
    public static String label(String ownText, String emText) {
        String prefix = SiteText.line(ownText);
        String n = SiteText.line(emText);
        return n.isEmpty() ? "" : (prefix.isEmpty() ? "" : prefix + " ") + n + "#";
    }

    /** 楼主/沙发/板凳/地板 as written, {@code N#} for a number in {@code em}, "" for an empty one. */
    private static String label(Element link) {
        if (link == null) {
            return "";
        }
        Element em = link.selectFirst(Css.of("em"));
        return em != null ? label(link.ownText(), em.text()) : SiteText.of(link);
    }

    private static FloorState state(String notice) {
        if (notice.isEmpty()) {
            return FloorState.NORMAL;
        }
        if (notice.contains("作者被禁止或删除")) {
            return FloorState.AUTHOR_BANNED;
        }
        if (notice.contains("屏蔽")) {
            return FloorState.BANNED;
        }
        if (notice.contains("仅作者可见") || notice.contains("密码帖")) {
            return FloorState.HIDDEN;
        }
        return FloorState.NORMAL;
    }

    /** {@code (待审核)} beside the buttons (a moderator's view). */
    private static boolean isPendingMark(Element buttons) {
        if (buttons != null) {
            for (Element grey : buttons.select(Css.of("span.xg1"))) {
                if (isPendingMark(grey.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean isPendingMark(String greyText) {
        return greyText.contains(PENDING);
    }

    /** 待审核 in place of the text (older source); a body with no 待 is not read again to say no. */
    private static boolean isPendingText(Element message) {
        return message != null && holdsPendingMark(message) && FirstElements.childElements(message, 1) == 0
                && SiteText.line(message.ownText()).equals(PENDING);
    }

    private static boolean holdsPendingMark(Element message) {
        for (int i = 0, n = message.childNodeSize(); i < n; i++) {
            if (message.childNode(i) instanceof TextNode text && text.getWholeText().indexOf(PENDING.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static PostAuthor author(Element left, Element post) {
        LeftColumn column = left == null ? new LeftColumn() : LeftColumn.of(left);
        Element link = column.link;
        if (link == null) {
            link = post.selectFirst(Css.of("td.plc div.authi a.xi2[href*=uid]"));
        }
        if (link != null) {
            return new PostAuthor(ForumUrls.uid(link.attr("href")), SiteText.of(link), column.group(), column.joined,
                    false);
        }
        Element pi = left == null ? null : left.selectFirst(Css.of("div.pi"));
        if (pi != null) {
            Element em = pi.selectFirst(Css.of("em"));
            boolean deleted = em != null && em.text().contains("已被删除");
            return new PostAuthor(0, SiteText.line(pi.ownText()), column.group(), column.joined, deleted);
        }
        return new PostAuthor(0, "", column.group(), column.joined, false);
    }

    /**
     * What the left column says of the author, in one walk: the name link in {@code div.authi}, and where the
     * column shows them, the group (a {@code dt} 用户组 with its {@code dd}, else a link to the group page) and
     * 注册时间.
     */
    private static final class LeftColumn {
        Element link;
        Element groupLink;
        String group;
        LocalDate joined;

        static LeftColumn of(Element left) {
            LeftColumn column = new LeftColumn();
            column.walk(left);
            return column;
        }

        /** Document order over the child lists (cheaper than {@code getAllElements()}), the parser bounding depth. */
        private void walk(Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                link(e);
            } else if (tag.equals("dt")) {
                term(e);
            }
            for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                if (e.childNode(i) instanceof Element child) {
                    walk(child);
                }
            }
        }

        private void link(Element a) {
            String href = a.attr("href");
            if (link == null && href.contains("uid=") && a.parent() != null && a.parent().hasClass("authi")) {
                link = a;
            } else if (groupLink == null && href.contains("usergroup")) {
                groupLink = a;
            }
        }

        private void term(Element dt) {
            Element dd = dt.nextElementSibling();
            if (dd == null || !dd.normalName().equals("dd")) {
                return;
            }
            String term = dt.text();
            if (group == null && term.contains("用户组")) {
                group = SiteText.of(dd);
            } else if (joined == null && term.contains("注册时间")) {
                LocalDateTime time = DiscuzTime.absolute(dd.text());
                joined = time == null ? null : time.toLocalDate();
            }
        }

        String group() {
            return group != null ? group : SiteText.of(groupLink);
        }
    }

    private static EditNote edit(Element message, Clock clock) {
        Element stamp = message == null ? null : FirstElements.withClass(message, "i", "pstatus");
        if (stamp == null) {
            return null;
        }
        String text = SiteText.of(stamp);
        Matcher m = EDITED.matcher(text);
        return m.find() ? new EditNote(m.group(1), DiscuzTime.parse(m.group(2), clock), text)
                : new EditNote("", null, text);
    }
}
