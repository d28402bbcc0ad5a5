package dev.fenghuang.site.forum;

import dev.fenghuang.site.forum.scan.RareCharSearch;

/**
 * The parts of a thread page that {@link ThreadPageParser} reads, cut from the page's text before jsoup builds a
 * tree, since building the tree of the whole page costs more than everything read from it: the {@code <title>}, the
 * breadcrumb {@code div#pt}, the pager {@code div#pgt}, {@code div#postlist} without the blocks nothing is read from
 * (avatars, the hidden user cards {@code div#userinfoPID}, 点评 blocks, rate blocks, the favourite button, 电梯直达,
 * signatures, the last moderation's line, the button bars after the first), the pager
 * below the posts and the fast-reply form's opening tag.
 *
 * The head keeps its {@code <base href>}, which links resolve against.
 *
 * <p>Tolerant by refusing: a page the cut cannot vouch for is given back whole, to be parsed as it is. That is a page
 * without {@code div#postlist}, with a part that is not closed, with a message box, with the subject outside the post
 * list, with a {@code div#post_PID} outside the cut, or without {@code </html>} at its end (what the page gate calls
 * truncated). A block is left in place when it holds anything the parser reads (the author, the group, the join
 * date, a post).
 *
 * <p>Every scan goes forward from where the one before stopped and looks only at a bounded stretch, so the cut is
 * linear in the page's length whatever the markup.
 */
public final class ThreadPageCut {
    private static final String POSTLIST = "<div id=\"postlist\"";
    private static final String POST = "<div id=\"post_";
    private static final RareCharSearch POST_TAG = new RareCharSearch(POST);
    /** Blocks of a post that nothing is read from. */
    private static final String[] UNREAD = {"<div class=\"avatar\"", "<div id=\"userinfo", "<div id=\"comment_",
        "<div id=\"post_rate_div_", "<div id=\"p_btn\"", "<div id=\"fj\"", "<div class=\"pdbt\"", "<div class=\"sign\"",
        "<div class=\"modact\""};
    /** What makes a block read after all: the author's link, the group, the join date, a post of its own. */
    private static final String[] READ = {"authi", "usergroup", "用户组", "注册时间", "id=\"pid", "postmessage_",
        "postnum", "authorposton"};
    /** A post's button bar, cut where it holds nothing read (see {@link #readsButtons}). */
    private static final String BUTTONS = "<div class=\"po";
    /** The reply link as Discuz writes it: {@code a.fastre[href]}, read for the thread id. */
    private static final String REPLY_LINK = "<a class=\"fastre\" href=\"";
    /** Where the page gate looks for {@code </html>}: the same stretch, so a cut page is never called truncated. */
    private static final int TAIL = 4096;

    private final String html;
    private final StringBuilder out;
    private boolean replyLinkKept;

    private ThreadPageCut(String html) {
        this.html = html;
        this.out = new StringBuilder(html.length() / 2);
    }

    /** The page cut to what is read, or the page itself where the cut cannot vouch for it. */
    static String of(String html) {
        String cut = html == null ? null : new ThreadPageCut(html).cut();
        return cut == null ? html : cut;
    }

    /** The cut page, or null to parse the whole page. */
    private String cut() {
        int postlist = html.indexOf(POSTLIST);
        if (postlist < 0 || !endsDocument(html) || html.contains("id=\"messagetext\"")
                || html.contains("id=\"main_message\"")) {
            return null;
        }
        String before = html.substring(0, postlist);
        if (before.contains("thread_subject") || before.contains("<h1") || before.contains("fastpostform")
                || hasPostId(before)) {
            return null;
        }
        out.append("<!DOCTYPE html>\n<html><head>");
        int title = before.indexOf("<title>");
        int titleEnd = title < 0 ? -1 : before.indexOf("</title>", title);
        if (titleEnd > 0) {
            out.append(before, title, titleEnd + "</title>".length());
        }
        copyBaseTag(before);
        out.append("</head><body>\n");
        if (!copyBlock(before, "<div id=\"pt\"") || !copyBlock(before, "<div id=\"pgt\"")) {
            return null;
        }
        int end = copyPostList(postlist);
        if (end < 0) {
            return null;
        }
        String after = html.substring(end);
        if (hasPostId(after)) {
            return null;
        }
        if (!copyBlock(after, "<div class=\"pgs")) {
            return null;
        }
        copyFormTag(after);
        return out.append("\n</body></html>\n").toString();
    }

    /** Whether {@code </html} stands, in any case, in the page's last {@link #TAIL} characters; nothing copied. */
    public static boolean endsDocument(String html) {
        int from = Math.max(0, html.length() - TAIL);
        for (int at = html.lastIndexOf("</"); at >= from; at = html.lastIndexOf("</", at - 1)) {
            if (html.regionMatches(true, at, "</html", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** Copies the first div starting with {@code start} in the text; false if it is there but never closed. */
    private boolean copyBlock(String text, String start) {
        int from = text.indexOf(start);
        if (from < 0) {
            return true;
        }
        int end = new DivScan(text, from).end();
        if (end < 0 || holdsRawText(text, from, end)) {
            return false;
        }
        out.append(text, from, end).append('\n');
        return true;
    }

    /**
     * Whether a block holds a script, style or text area, whose text may hold {@code </div>} that the div count
     * would take for the block's end: such a page is parsed whole.
     */
    private static boolean holdsRawText(String text, int from, int end) {
        String block = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        return block.contains("<script") || block.contains("<style") || block.contains("<textarea");
    }

    /** Copies {@code div#postlist} without its unread blocks; the index after it, or -1 if it is never closed. */
    private int copyPostList(int start) {
        DivScan scan = new DivScan(html, start);
        int copied = start;
        while (true) {
            int tag = scan.next();
            if (tag < 0) {
                return -1;
            }
            if (scan.depth() == 0) {
                out.append(html, copied, scan.position());
                return scan.position();
            }
            boolean buttons = scan.opened() && isButtons(tag);
            if (scan.opened() && (buttons || isUnread(tag))) {
                int end = new DivScan(html, tag).end();
                if (end < 0) {
                    return -1;
                }
                String block = html.substring(tag, end);
                if (buttons ? !readsButtons(block) : !reads(block)) {
                    out.append(html, copied, tag);
                    copied = end;
                }
                scan.skipBlock(end);
            }
        }
    }

    private boolean isUnread(int tag) {
        for (String unread : UNREAD) {
            if (html.startsWith(unread, tag)) {
                return true;
            }
        }
        return false;
    }

    /** A post's button bar: {@code div.po}, the class first as Discuz writes it ({@code po hin}). */
    private boolean isButtons(int tag) {
        if (!html.startsWith(BUTTONS, tag) || tag + BUTTONS.length() >= html.length()) {
            return false;
        }
        char next = html.charAt(tag + BUTTONS.length());
        return next == '"' || next == ' ';
    }

    /**
     * Whether a button bar holds anything read: the {@code (待审核)} mark ({@code span.xg1}), what {@link #reads}
     * looks for, or anything the parser might find by id, tag or class (an id, a heading, a cell, a div other than
     * the bar and its {@code div.pob}). The reply link ({@code a.fastre}, which names the thread) is kept in the
     * first bar that has one, so the first such link of the list stays where it was.
     */
    private boolean readsButtons(String block) {
        String lower = block.toLowerCase(java.util.Locale.ROOT);
        if (reads(lower) || lower.contains("xg1") || hasIdAttribute(lower) || lower.contains("<h")
                || lower.contains("<td") || lower.contains("<form") || divCount(lower) > 2) {
            return true;
        }
        if (lower.contains("fastre") && !replyLinkKept) {
            replyLinkKept = block.contains(REPLY_LINK);
            return true;
        }
        return false;
    }

    /** Whether an {@code id} attribute may stand in the (lower-cased) text: {@code id} as a word, then {@code =}. */
    private static boolean hasIdAttribute(String lower) {
        for (int at = lower.indexOf("id"); at >= 0; at = lower.indexOf("id", at + 2)) {
            char before = at == 0 ? ' ' : lower.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || before == '-' || before == '_' || before == ':'
                    || before == '.') {
                continue;
            }
            int i = at + 2;
            while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            if (i < lower.length() && lower.charAt(i) == '=') {
                return true;
            }
        }
        return false;
    }

    private static int divCount(String block) {
        int count = 0;
        for (int at = block.indexOf("<div"); at >= 0; at = block.indexOf("<div", at + 4)) {
            count++;
        }
        return count;
    }

    private static boolean reads(String block) {
        if (hasPostId(block)) {
            return true;
        }
        for (String read : READ) {
            if (block.contains(read)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a {@code div#post_PID} (digits, then the closing quote). */
    private static boolean hasPostId(String text) {
        return hasPostId(text, 0, text.length());
    }

    /** Whether a {@code div#post_PID} stands in the text from {@code from} to {@code to}. */
    public static boolean hasPostId(String text, int from, int to) {
        int at = POST_TAG.in(text, from, to);
        while (at >= 0) {
            int i = at + POST.length();
            while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i > at + POST.length() && i < to && text.charAt(i) == '"') {
                return true;
            }
            at = POST_TAG.in(text, i, to);
        }
        return false;
    }

    /** The page's {@code <base href>}, which links resolve against. */
    private void copyBaseTag(String head) {
        int base = head.indexOf("<base ");
        int close = base < 0 ? -1 : head.indexOf('>', base);
        if (close > 0) {
            out.append(head, base, close + 1);
        }
    }

    /** The fast-reply form's opening tag (its action names the board), closed at once. */
    private void copyFormTag(String text) {
        int id = text.indexOf("id=\"fastpostform\"");
        if (id < 0) {
            return;
        }
        int open = text.lastIndexOf("<form", id);
        int close = text.indexOf('>', id);
        if (open >= 0 && close > id && text.indexOf('>', open) >= id) {
            out.append(text, open, close + 1).append("</form>\n");
        }
    }

    /**
     * Div tags from a {@code <div} onwards, counted as they open and close. The next opening and the next closing
     * are each looked for once and kept until passed, so a scan reads each character at most twice.
     */
    private static final class DivScan {
        private final String text;
        private int position;
        private int depth;
        private int nextOpen = -2;
        private int nextClose = -2;
        private boolean opened;

        DivScan(String text, int start) {
            this.text = text;
            this.position = start;
        }

        /** Where the div that starts the scan ends (after its {@code </div>}), or -1 if it never does. */
        int end() {
            while (next() >= 0) {
                if (depth == 0) {
                    return position;
                }
            }
            return -1;
        }

        /** The start of the next div tag (position moves past it), or -1 at the end of the text. */
        int next() {
            if (nextOpen != -1 && nextOpen < position) {
                nextOpen = openingAt(position);
            }
            if (nextClose != -1 && nextClose < position) {
                nextClose = text.indexOf("</div", position);
            }
            if (nextOpen < 0 && nextClose < 0) {
                return -1;
            }
            int tag;
            if (nextClose < 0 || nextOpen >= 0 && nextOpen < nextClose) {
                tag = nextOpen;
                opened = true;
                depth++;
                position = tag + 4;
            } else {
                tag = nextClose;
                opened = false;
                depth--;
                position = afterClosing(tag + "</div".length());
            }
            return tag;
        }

        /** Past the {@code >} of a closing tag when only a little white space comes before it (a bounded look). */
        private int afterClosing(int from) {
            int limit = Math.min(text.length(), from + 16);
            for (int i = from; i < limit; i++) {
                char c = text.charAt(i);
                if (c == '>') {
                    return i + 1;
                }
                if (!Character.isWhitespace(c)) {
                    break;
                }
            }
            return from;
        }

        private int openingAt(int from) {
            int at = text.indexOf("<div", from);
            while (at >= 0 && at + 4 < text.length() && !isTagEnd(text.charAt(at + 4))) {
                at = text.indexOf("<div", at + 4);
            }
            return at;
        }

        private static boolean isTagEnd(char c) {
            return c == ' ' || c == '>' || c == '/' || c == '\n' || c == '\t' || c == '\r';
        }

        /** Goes past the block just opened, which ended at {@code index}. */
        void skipBlock(int index) {
            position = index;
            depth--;
        }

        int position() {
            return position;
        }

        int depth() {
            return depth;
        }

        boolean opened() {
            return opened;
        }
    }
}
