package dev.fenghuang.cli.forum;

import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.FloorState;
import dev.fenghuang.model.forum.PostAttachment;
import dev.fenghuang.model.forum.PostAuthor;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostImage;
import dev.fenghuang.model.forum.PostLink;
import dev.fenghuang.model.forum.ThreadPage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread page as plain text, laid out as {@code read} lays out an article: subject, meta line, address, then each
 * floor under its label (楼主, 沙发, N#) with author, group, join date and time; paragraphs indented by two
 * ideographic spaces, quotes folded to one line, code set off, images and attachments as numbered references.
 */
final class ThreadTextView {
    private static final String INDENT = "\u3000\u3000";
    private static final String DOT = ArticleText.DOT;
    private static final int QUOTE_WIDTH = 60;

    private final Texts texts;
    private final PrintWriter out;

    ThreadTextView(Texts texts, PrintWriter out) {
        this.texts = texts;
        this.out = out;
    }

    void thread(ThreadPage t, String url) {
        out.println((t.type() == null ? "" : "[" + t.type().name() + "] ") + t.subject());
        List<String> meta = new ArrayList<>();
        String crumbs = ForumTextView.crumbs(t.breadcrumb(), "");
        if (!crumbs.isBlank()) {
            meta.add(crumbs);
        }
        if (t.views() > 0 || t.replies() > 0) {
            meta.add(texts.get("thread.counts", String.valueOf(t.views()), String.valueOf(t.replies())));
        }
        if (t.closed()) {
            meta.add(texts.get("thread.closed"));
        }
        if (t.awaitingModeration()) {
            meta.add(texts.get("thread.awaiting"));
        }
        if (!meta.isEmpty()) {
            out.println(String.join(DOT, meta));
        }
        out.println(url);
        String pager = texts.get("meta.page", String.valueOf(t.page()), String.valueOf(Math.max(1, t.pageCount())));
        out.println(t.authorFilter() == 0 ? pager
                : pager + DOT + texts.get("thread.onlyAuthor", String.valueOf(t.authorFilter())));
        for (Floor f : t.floors()) {
            out.println();
            floor(f);
        }
    }

    private void floor(Floor f) {
        out.println(heading(f));
        if (f.state() != FloorState.NORMAL && !f.notice().isBlank()) {
            out.println("  [" + f.notice() + "]");
        }
        if (f.edit() != null && !f.edit().text().isBlank()) {
            out.println("  " + f.edit().text());
        }
        for (PostBlock b : f.blocks()) {
            block(b);
        }
        references(f);
    }

    private String heading(Floor f) {
        String label = !f.label().isBlank() ? f.label() : f.number() > 0 ? f.number() + "#" : "";
        PostAuthor a = f.author();
        List<String> about = new ArrayList<>();
        if (!a.group().isBlank()) {
            about.add(a.group());
        }
        if (a.joined() != null) {
            about.add(texts.get("thread.joined", a.joined().toString()));
        }
        List<String> parts = new ArrayList<>();
        parts.add((label.isEmpty() ? "" : label + "  ") + a.name()
                + (about.isEmpty() ? "" : " (" + String.join(DOT, about) + ")"));
        if (f.time() != null) {
            parts.add(ArticleText.time(f.time()));
        }
        parts.add("pid " + f.pid());
        return String.join(DOT, parts);
    }

    private void block(PostBlock b) {
        if (b instanceof PostBlock.Paragraph p) {
            if (!p.text().isBlank()) {
                p.text().lines().forEach(line -> out.println(INDENT + line));
            }
        } else if (b instanceof PostBlock.Quote q) {
            String who = q.author() + (q.time() == null ? "" : " " + ArticleText.time(q.time()));
            out.println("  > " + (who.isBlank() ? "" : who + ": ") + PostText.folded(q, QUOTE_WIDTH));
        } else if (b instanceof PostBlock.Code c) {
            c.lines().forEach(line -> out.println("  | " + line));
        } else if (b instanceof PostBlock.ImageRef i) {
            out.println(INDENT + "[" + texts.get("thread.image", String.valueOf(i.number())) + "]");
        } else if (b instanceof PostBlock.AttachmentRef a) {
            out.println(INDENT + "[" + texts.get("thread.attachment", String.valueOf(a.number())) + "]");
        } else if (b instanceof PostBlock.Locked l) {
            out.println(INDENT + "[" + l.text() + "]");
        }
    }

    private void references(Floor f) {
        for (PostImage i : f.images()) {
            out.printf("  [%s] %s%s%n", texts.get("thread.image", String.valueOf(i.number())), i.url(),
                    i.alt().isBlank() ? "" : "  " + i.alt());
        }
        for (PostAttachment a : f.attachments()) {
            out.printf("  [%s] %s%s  %s%n", texts.get("thread.attachment", String.valueOf(a.number())), a.name(),
                    a.size().isBlank() ? "" : " (" + a.size() + ")", a.url());
        }
        for (PostLink l : f.links()) {
            out.printf("  [%d] %s  %s%n", l.number(), l.text(), l.url());
        }
    }
}
