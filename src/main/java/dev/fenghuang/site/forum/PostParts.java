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
        parts.walk(post);
        if (parts.message == null) {
            parts.message = parts.anyMessage;
        }
        return parts;
    }

    /**
     * The element and everything in it, in document order: a plain walk over the child lists, which costs a fraction
     * of {@code getAllElements()}'s iterator. Depth is bounded by the parser's nesting limit.
     */
    private void walk(Element e) {
        take(e);
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                walk(child);
            }
        }
    }

    /** Ids are read only from the tags that carry them ({@code a}, {@code em}, {@code td}): attribute lookups cost. */
    private void take(Element e) {
        switch (e.normalName()) {
            case "a" -> {
                if (number == null && numberId.equals(e.id())) {
                    number = e;
                }
            }
            case "em" -> {
                if (time == null && timeId.equals(e.id())) {
                    time = e;
                }
            }
            case "td" -> cell(e);
            case "div" -> division(e);
            default -> {
            }
        }
    }

    private void cell(Element td) {
        if (message == null && messageId.equals(td.id())) {
            message = td;
        } else if (left == null && td.hasClass("pls")) {
            left = td;
        } else if (anyMessage == null && td.hasClass("t_f")) {
            anyMessage = td;
        }
    }

    private void division(Element div) {
        if (pcb == null && div.hasClass("pcb")) {
            pcb = div;
        } else if (notice == null && pcb != null && div.parent() == pcb && div.hasClass("locked")) {
            notice = div;
        } else if (attachmentList == null && div.hasClass("pattl")) {
            attachmentList = div;
        } else if (buttons == null && div.hasClass("po")) {
            buttons = div;
        }
    }
}
