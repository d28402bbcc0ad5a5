package dev.fenghuang.site.forum.scan;

import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.PostAuthor;
import dev.fenghuang.site.forum.FloorParser;
import dev.fenghuang.site.forum.ForumUrls;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One {@code div#post_PID} read from the page's text, tag by tag, as {@code PostParts} and {@link FloorParser} read
 * its tree: the floor link, the time, the left column (author link, group, 注册时间, the {@code div.pi} of an
 * anonymous or deleted author), the header's {@code a.xi2} author, the notice ({@code div.locked} in
 * {@code div.pcb}), the {@code (待审核)} mark of the buttons, and where the body ({@code td.t_f}) and the attachment
 * list ({@code div.pattl}) stand, which jsoup reads. Also what the page reads from its first post: the
 * {@code div.authi} links to the thread (只看该作者 or 显示全部楼层) and the first link naming the thread.
 *
 * <p>{@link ThreadPageScan} feeds the tags of a well-nested post and checks {@link #refused()} after each:
 * anything read that this class cannot vouch for (text of an element holding a block, a second body, the body
 * inside a part read here) refuses the page, which is then read by jsoup.
 */
public final class FloorScan {
    static final int READ = 0;
    static final int BODY = 1;
    static final int ATTACHMENTS = 2;
    /** Flags of an open element, kept on the walker's stack. */
    static final int AUTHI_DIV = 1;
    static final int AUTHI_IN_PLC = 2;
    static final int PLC = 4;

    final long pid;
    public final String postId;
    private final String numberId;
    private final String messageId;
    private final String timeId;
    private final List<TextCapture> open = new ArrayList<>();
    private boolean refused;
    private TextCapture number;
    private TextCapture numberEm;
    private TextCapture time;
    private String timeTitle;
    private String spanTitle;
    private int leftDepth = -1;
    private boolean hadLeft;
    private TextCapture link;
    private String linkHref;
    private TextCapture groupLink;
    private TextCapture pi;
    private TextCapture piEm;
    private final LeftColumnTerms terms = new LeftColumnTerms(this);
    private TextCapture headerLink;
    private String headerHref;
    private int pcbDepth = -1;
    private boolean pcbSeen;
    private TextCapture notice;
    private boolean attachmentsSeen;
    private int buttonsDepth = -1;
    private boolean buttonsSeen;
    private final List<TextCapture> greys = new ArrayList<>();
    private int plcOpen;
    private int authiDivs;
    private int authiInPlc;
    private int bodies;
    final List<TextCapture> threadLinks = new ArrayList<>();
    String threadHref;
    public int[] body;
    public int[] attachments;
    /** The body and attachment list built from their tags, null where jsoup is to parse them. */
    public BodyTree bodyTree;
    public BodyTree attachmentsTree;
    /** Flags for the element just opened (see {@link #AUTHI_DIV}). */
    int flags;

    FloorScan(long pid, String postId) {
        this.pid = pid;
        this.postId = postId;
        this.numberId = "postnum" + pid;
        this.messageId = "postmessage_" + pid;
        this.timeId = "authorposton" + pid;
    }

    public boolean refused() {
        return refused;
    }

    /**
     * An element opened at {@code depth} (the post's own div first): what it is to the floor. Returns
     * {@link #BODY} or {@link #ATTACHMENTS} when its content is for jsoup, else {@link #READ}; flags for the
     * walker's stack are given back through {@link #flags}.
     */
    int start(TagScanner tag, String name, int classes, int parentClasses, int depth, boolean inline) {
        flags = 0;
        opened(name, depth, inline);
        return switch (name) {
            case "a" -> link(tag, classes, parentClasses, depth);
            case "em" -> emphasis(tag, depth);
            case "span" -> span(tag, classes, depth);
            case "td" -> cell(tag, classes, depth);
            case "div" -> division(classes, depth);
            case "dt" -> definition(depth);
            default -> READ;
        };
    }

    /** An element opened inside what is being read: the captures and the left column's terms are told. */
    private void opened(String name, int depth, boolean inline) {
        for (int i = 0; i < open.size(); i++) {
            open.get(i).element(inline);
        }
        terms.opened(name, depth);
    }

    private int link(TagScanner tag, int classes, int parentClasses, int depth) {
        if (number == null && tag.idEquals(numberId)) {
            number = capture(depth);
        }
        boolean inLeft = isInLeft(depth) && (link == null || groupLink == null);
        if (authiDivs == 0 && !inLeft && (threadHref != null || (classes & ClassMask.FASTRE) == 0)) {
            return READ;
        }
        int href = tag.attributeIndex("href");
        boolean toThread = authiDivs > 0 && href >= 0 && tag.valueHolds(href, "viewthread", true);
        if (toThread) {
            threadLinks.add(capture(depth));
        }
        if (threadHref == null && (toThread || href >= 0 && (classes & ClassMask.FASTRE) != 0)) {
            threadHref = tag.attributeValue(href);
        }
        if (inLeft && href >= 0) {
            leftLink(tag, href, parentClasses, depth);
        }
        if (headerLink == null && authiInPlc > 0 && href >= 0 && (classes & ClassMask.XI2) != 0
                && tag.valueHolds(href, "uid", true)) {
            headerLink = capture(depth);
            headerHref = tag.attributeValue(href);
        }
        return READ;
    }

    /** A link in the left column: the author's (in {@code div.authi}, to a uid) or the group's. */
    private void leftLink(TagScanner tag, int href, int parentClasses, int depth) {
        if (link == null && (parentClasses & ClassMask.AUTHI) != 0 && tag.valueHolds(href, "uid=", false)) {
            link = capture(depth);
            linkHref = tag.attributeValue(href);
        } else if (groupLink == null && tag.valueHolds(href, "usergroup", false)) {
            groupLink = capture(depth);
        }
    }

    private int emphasis(TagScanner tag, int depth) {
        if (time == null && tag.idEquals(timeId)) {
            time = capture(depth);
            timeTitle = tag.attribute("title");
        }
        if (number != null && numberEm == null && isOpen(number)) {
            numberEm = capture(depth);
        }
        if (pi != null && piEm == null && isOpen(pi)) {
            piEm = capture(depth);
        }
        return READ;
    }

    private int span(TagScanner tag, int classes, int depth) {
        if (time != null && spanTitle == null && isOpen(time)) {
            spanTitle = tag.attribute("title");
        }
        if (buttonsDepth >= 0 && (classes & ClassMask.XG1) != 0) {
            greys.add(capture(depth));
        }
        return READ;
    }

    private int cell(TagScanner tag, int classes, int depth) {
        boolean message = tag.idEquals(messageId);
        if (message || (classes & ClassMask.T_F) != 0 && (hadLeft || (classes & ClassMask.PLS) == 0)) {
            bodies++;
            if (bodies > 1 || !open.isEmpty() || isInLeft(depth) || buttonsDepth >= 0 || authiDivs > 0) {
                refused = true;
            }
            return BODY;
        }
        if (!hadLeft && (classes & ClassMask.PLS) != 0) {
            hadLeft = true;
            leftDepth = depth;
        }
        if ((classes & ClassMask.PLC) != 0) {
            flags |= PLC;
            plcOpen++;
        }
        return READ;
    }

    private int division(int classes, int depth) {
        if ((classes & ClassMask.AUTHI) != 0) {
            flags |= AUTHI_DIV;
            authiDivs++;
            if (plcOpen > 0) {
                flags |= AUTHI_IN_PLC;
                authiInPlc++;
            }
        }
        if (pi == null && isInLeft(depth) && (classes & ClassMask.PI) != 0) {
            pi = capture(depth);
        }
        if (!pcbSeen && (classes & ClassMask.PCB) != 0) {
            pcbSeen = true;
            pcbDepth = depth;
        } else if (notice == null && pcbDepth >= 0 && depth == pcbDepth + 1 && (classes & ClassMask.LOCKED) != 0) {
            notice = capture(depth);
        } else if (!attachmentsSeen && (classes & ClassMask.PATTL) != 0) {
            attachmentsSeen = true;
            if (!open.isEmpty() || isInLeft(depth) || buttonsDepth >= 0 || authiDivs > 0) {
                refused = true;
            }
            return ATTACHMENTS;
        } else if (!buttonsSeen && (classes & ClassMask.PO) != 0) {
            buttonsSeen = true;
            buttonsDepth = depth;
        }
        return READ;
    }

    private int definition(int depth) {
        if (isInLeft(depth)) {
            terms.termOpened(depth);
        }
        return READ;
    }

    private boolean isInLeft(int depth) {
        return leftDepth >= 0 && depth > leftDepth;
    }

    private boolean isOpen(TextCapture capture) {
        return open.contains(capture);
    }

    TextCapture capture(int depth) {
        TextCapture capture = new TextCapture(depth);
        open.add(capture);
        return capture;
    }

    /** Whether any text is being read: the walker decodes text only then. */
    boolean capturing() {
        return !open.isEmpty();
    }

    void text(String decoded, int depth) {
        for (int i = 0; i < open.size(); i++) {
            open.get(i).text(decoded, depth);
        }
    }

    /** The element opened at {@code depth} closes, with the flags it was given. */
    void end(int depth, int closedFlags) {
        for (int i = open.size() - 1; i >= 0 && open.get(i).depth == depth; i--) {
            terms.closed(open.remove(i), depth);
        }
        terms.elementClosed(depth);
        if (depth == leftDepth) {
            leftDepth = -1;
        }
        if (depth == pcbDepth) {
            pcbDepth = -1;
        }
        if (depth == buttonsDepth) {
            buttonsDepth = -1;
        }
        if ((closedFlags & PLC) != 0) {
            plcOpen--;
        }
        if ((closedFlags & AUTHI_DIV) != 0) {
            authiDivs--;
        }
        if ((closedFlags & AUTHI_IN_PLC) != 0) {
            authiInPlc--;
        }
    }

    /** A captured text, or "" after refusing the page when the capture holds more than inline text. */
    String text(TextCapture capture) {
        if (!capture.plain()) {
            refused = true;
            return "";
        }
        return capture.text();
    }

    /** The body's content (between the tags of {@code td.t_f}) as offsets in the page, and its tree if built. */
    void body(int from, int to, BodyTree tree) {
        body = new int[] {from, to};
        bodyTree = tree;
    }

    void attachments(int from, int to, BodyTree tree) {
        attachments = new int[] {from, to};
        attachmentsTree = tree;
    }

    /** Whether the first post shows 显示全部楼层 where it would link 只看该作者. */
    public boolean isFiltered() {
        for (TextCapture a : threadLinks) {
            String text = text(a);
            if (text.contains("显示全部楼层")) {
                return true;
            }
            if (text.contains("只看该作者")) {
                return false;
            }
        }
        return false;
    }

    /** The floor, from what was read here and the body and attachment list as jsoup read them. */
    public Floor floor(Element message, Element attachmentList, Clock clock) {
        Floor.Builder floor = Floor.builder(pid).label(label()).author(author()).time(time(clock));
        boolean pending = false;
        for (TextCapture grey : greys) {
            pending |= FloorParser.isPendingMark(text(grey));
        }
        String noticeText = notice == null ? "" : SiteText.line(text(notice));
        return FloorParser.finish(floor, message, attachmentList, noticeText, pending, clock);
    }

    private String label() {
        if (number == null) {
            return "";
        }
        if (numberEm != null) {
            text(number);
            return FloorParser.label(number.ownText(), text(numberEm));
        }
        return SiteText.line(text(number));
    }

    private LocalDateTime time(Clock clock) {
        if (time == null) {
            return null;
        }
        String title = timeTitle != null ? timeTitle : spanTitle;
        if (title != null) {
            LocalDateTime absolute = DiscuzTime.absolute(title);
            if (absolute != null) {
                return absolute;
            }
        }
        return DiscuzTime.parse(text(time), clock);
    }

    private PostAuthor author() {
        String groupName = terms.group != null ? terms.group : groupLink == null ? "" : SiteText.line(text(groupLink));
        if (link != null) {
            return new PostAuthor(ForumUrls.uid(linkHref), SiteText.line(text(link)), groupName, terms.joined,
                    false);
        }
        if (headerLink != null) {
            return new PostAuthor(ForumUrls.uid(headerHref), SiteText.line(text(headerLink)), groupName, terms.joined,
                    false);
        }
        if (pi != null) {
            text(pi);
            boolean deleted = piEm != null && text(piEm).contains("已被删除");
            return new PostAuthor(0, SiteText.line(pi.ownText()), groupName, terms.joined, deleted);
        }
        return new PostAuthor(0, "", groupName, terms.joined, false);
    }
}
