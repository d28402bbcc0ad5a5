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

    private PostParts() {
    }

    static PostParts of(Element post, long pid) {
        PostParts parts = new PostParts();
        String numberId = "postnum" + pid;
        String messageId = "postmessage_" + pid;
        String timeId = "authorposton" + pid;
        Element pcb = null;
        Element anyMessage = null;
        for (Element e : post.getAllElements()) {
            String id = e.id();
            if (!id.isEmpty()) {
                if (parts.number == null && id.equals(numberId)) {
                    parts.number = e;
                } else if (parts.message == null && id.equals(messageId)) {
                    parts.message = e;
                } else if (parts.time == null && id.equals(timeId)) {
                    parts.time = e;
                }
            }
            switch (e.normalName()) {
                case "td" -> {
                    if (parts.left == null && e.hasClass("pls")) {
                        parts.left = e;
                    } else if (anyMessage == null && e.hasClass("t_f")) {
                        anyMessage = e;
                    }
                }
                case "div" -> {
                    if (pcb == null && e.hasClass("pcb")) {
                        pcb = e;
                    } else if (parts.notice == null && e.parent() == pcb && pcb != null && e.hasClass("locked")) {
                        parts.notice = e;
                    } else if (parts.attachmentList == null && e.hasClass("pattl")) {
                        parts.attachmentList = e;
                    } else if (parts.buttons == null && e.hasClass("po")) {
                        parts.buttons = e;
                    }
                }
                default -> {
                }
            }
        }
        if (parts.message == null) {
            parts.message = anyMessage;
        }
        return parts;
    }
}
