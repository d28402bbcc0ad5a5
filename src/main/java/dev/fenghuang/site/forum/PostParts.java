package dev.fenghuang.site.forum;

import org.jsoup.nodes.Element;

/**
 * The parts of one {@code div#post_PID} found in a single walk: the left column ({@code td.pls}), the floor link
 * ({@code #postnumPID}), the time ({@code #authorpostonPID}), the body ({@code #postmessage_PID}, else the first
 * {@code td.t_f}), the notice ({@code div.locked} directly in {@code div.pcb}), the attachment list
 * ({@code div.pattl}) and the buttons ({@code div.po}). Ids repeat on Discuz pages, so they are looked for inside
 * the post only. A missing part is null.
 */
final class PostParts {
    Element left;
    Element number;
    Element time;
    Element message;
    Element notice;
    Element attachmentList;
    Element buttons;
    private final String numberId;
    private final String messageId;
    private final String timeId;
    private Element pcb;
    private Element anyMessage;

    private PostParts(String numberId, String messageId, String timeId) {
        this.numberId = numberId;
        this.messageId = messageId;
        this.timeId = timeId;
    }

    static PostParts of(Element post, long pid) {
        PostParts parts = new PostParts("postnum" + pid, "postmessage_" + pid, "authorposton" + pid);
        for (Element e : post.getAllElements()) {
            parts.take(e);
        }
        if (parts.message == null) {
            parts.message = parts.anyMessage;
        }
        return parts;
    }

    private void take(Element e) {
        String id = e.id();
        if (!id.isEmpty()) {
            if (number == null && id.equals(numberId)) {
                number = e;
            } else if (message == null && id.equals(messageId)) {
                message = e;
            } else if (time == null && id.equals(timeId)) {
                time = e;
            }
        }
        String tag = e.normalName();
        if (tag.equals("td")) {
            if (left == null && e.hasClass("pls")) {
                left = e;
            } else if (anyMessage == null && e.hasClass("t_f")) {
                anyMessage = e;
            }
        } else if (tag.equals("div")) {
            if (pcb == null && e.hasClass("pcb")) {
                pcb = e;
            } else if (notice == null && pcb != null && e.parent() == pcb && e.hasClass("locked")) {
                notice = e;
            } else if (attachmentList == null && e.hasClass("pattl")) {
                attachmentList = e;
            } else if (buttons == null && e.hasClass("po")) {
                buttons = e;
            }
        }
    }
}
