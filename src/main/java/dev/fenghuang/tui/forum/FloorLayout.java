package dev.fenghuang.tui.forum;

import dev.fenghuang.app.Texts;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.FloorState;
import dev.fenghuang.model.forum.PostAttachment;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostImage;
import dev.fenghuang.model.forum.PostLink;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.text.TextBlock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page of a thread as lines: the subject and counts, then each floor (its name 楼主, 沙发, … or N#, the author with
 * group, the time, an edit stamp, the body: bold and colour as attributes, quotes folded to one line unless unfolded,
 * code set apart, images, attachments and links as numbered references [N]), then the pager.
 *
 * @param lines the rows
 * @param floorStarts the row where each floor of the page starts, in page order
 * @param references the address of each reference, [1] first
 */
record FloorLayout(List<StyledLine> lines, List<Integer> floorStarts, List<String> references) {
    static final String DOT = " · ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Lays out {@code page} for {@code width} columns; the floors whose pid is in {@code unfolded} show quotes whole. */
    static FloorLayout of(ThreadPage page, int width, LineBreaker breaker, Texts texts, Set<Long> unfolded) {
        TextBlock out = new TextBlock(breaker, width);
        List<String> references = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        heading(out, page, texts);
        for (Floor f : page.floors()) {
            starts.add(out.size());
            floor(out, f, breaker, width, texts, unfolded.contains(f.pid()), references);
        }
        if (page.floors().isEmpty()) {
            out.wrap(texts.get("tui.forum.noFloors"), Style.META, 0, 0);
            out.blank();
        }
        out.wrap(texts.get("tui.forum.pager", String.valueOf(page.page()), String.valueOf(page.pageCount())),
                Style.META, 0, 0);
        return new FloorLayout(out.lines(), List.copyOf(starts), List.copyOf(references));
    }

    private static void heading(TextBlock out, ThreadPage page, Texts texts) {
        String type = page.type() == null ? "" : "[" + page.type().name() + "] ";
        out.wrap(type + page.subject(), Style.TITLE, 0, 0);
        List<String> meta = new ArrayList<>();
        if (page.views() > 0 || page.replies() > 0) {
            meta.add(texts.get("tui.forum.counts", String.valueOf(page.replies()), String.valueOf(page.views())));
        }
        meta.add(texts.get("tui.forum.page", String.valueOf(page.page()), String.valueOf(page.pageCount())));
        if (page.closed()) {
            meta.add(texts.get("tui.forum.closed"));
        }
        if (page.authorFilter() > 0) {
            meta.add(texts.get("tui.forum.authorOnly"));
        }
        out.wrapGroups(meta, DOT, Style.META);
        out.blank();
    }

    private static void floor(TextBlock out, Floor f, LineBreaker breaker, int width, Texts texts, boolean unfolded,
                              List<String> references) {
        String label = label(f);
        StringBuilder who = new StringBuilder(f.author().anonymous() ? texts.get("tui.forum.anonymous")
                : f.author().name());
        if (!f.author().group().isEmpty()) {
            who.append(" (").append(f.author().group()).append(')');
        }
        if (f.time() != null) {
            who.append(DOT).append(time(f.time()));
        }
        out.wrap(who.toString(), Style.META, label + "  ", 2, Style.HEADING);
        if (f.edit() != null) {
            out.wrap(f.edit().text(), Style.DIM, 2, 2);
        }
        if (f.state() != FloorState.NORMAL) {
            String notice = f.notice().isEmpty() ? "" : " " + f.notice();
            out.wrap(texts.get("tui.forum.state." + f.state().name().toLowerCase(java.util.Locale.ROOT)) + notice,
                    Style.ERROR, 2, 2);
        }
        for (PostBlock b : f.blocks()) {
            block(out, b, f, breaker, width, texts, unfolded, references);
        }
        out.blank();
    }

    private static void block(TextBlock out, PostBlock b, Floor f, LineBreaker breaker, int width, Texts texts,
                              boolean unfolded, List<String> references) {
        if (b instanceof PostBlock.Paragraph p) {
            paragraph(out, p, f, breaker, width, references);
        } else if (b instanceof PostBlock.Quote q) {
            quote(out, q, breaker, width, texts, unfolded);
        } else if (b instanceof PostBlock.Code c) {
            for (String line : c.lines()) {
                out.wrap(line, Style.SUMMARY, "  │ ", 4, Style.DIM);
            }
        } else if (b instanceof PostBlock.ImageRef i) {
            PostImage image = i.number() >= 1 && i.number() <= f.images().size() ? f.images().get(i.number() - 1)
                    : null;
            String n = reference(references, image == null ? null : image.url());
            out.wrap(texts.get("tui.forum.image", n) + (image == null || image.alt().isEmpty() ? ""
                    : " " + image.alt()), Style.REFERENCE, 2, 2);
        } else if (b instanceof PostBlock.AttachmentRef a) {
            PostAttachment file = a.number() >= 1 && a.number() <= f.attachments().size()
                    ? f.attachments().get(a.number() - 1) : null;
            String n = reference(references, file == null ? null : file.url());
            String what = file == null ? "" : " " + file.name() + (file.size().isEmpty() ? ""
                    : " (" + file.size() + ")");
            out.wrap(texts.get("tui.forum.attachment", n) + what, Style.REFERENCE, 2, 2);
        } else if (b instanceof PostBlock.Locked l) {
            out.wrap(l.text(), Style.META, 2, 2);
        }
    }

    private static void paragraph(TextBlock out, PostBlock.Paragraph p, Floor f, LineBreaker breaker, int width,
                                  List<String> references) {
        List<StyledLine.Span> pieces = new ArrayList<>();
        for (PostBlock.Span s : p.spans()) {
            if (s.text().indexOf('\n') >= 0) {
                String[] parts = s.text().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    pieces.add(new StyledLine.Span(parts[i], style(s)));
                    if (i < parts.length - 1) {
                        flush(out, pieces, breaker, width);
                    }
                }
            } else {
                pieces.add(new StyledLine.Span(s.text(), style(s)));
            }
            if (s.link() >= 1 && s.link() <= f.links().size()) {
                PostLink link = f.links().get(s.link() - 1);
                pieces.add(new StyledLine.Span("[" + reference(references, link.url()) + "]", Style.REFERENCE));
            }
        }
        flush(out, pieces, breaker, width);
    }

    private static void flush(TextBlock out, List<StyledLine.Span> pieces, LineBreaker breaker, int width) {
        if (pieces.stream().anyMatch(s -> !s.text().isBlank())) {
            SpanWrap.wrap(pieces, breaker, width, 2).forEach(out::add);
        }
        pieces.clear();
    }

    /** Bold as bold, a colour as a colour: the attributes, never the markup. */
    private static Style style(PostBlock.Span s) {
        if (s.link() > 0) {
            return Style.REFERENCE;
        }
        if (!s.color().isEmpty()) {
            return Style.SUMMARY;
        }
        return s.bold() ? Style.TITLE : Style.NORMAL;
    }

    private static void quote(TextBlock out, PostBlock.Quote q, LineBreaker breaker, int width, Texts texts,
                              boolean unfolded) {
        String who = q.author().isEmpty() ? "" : q.author() + (q.time() == null ? "" : " " + time(q.time())) + ": ";
        if (!unfolded) {
            String first = q.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
            boolean more = q.lines().stream().filter(l -> !l.isBlank()).count() > 1;
            String line = TerminalText.clean("> " + who + first.strip()) + (more ? " …" : "");
            out.add(StyledLine.of("  " + cut(line, width - 2, breaker), Style.QUOTE));
            return;
        }
        out.wrap(who.isEmpty() ? texts.get("tui.forum.quote") : who, Style.QUOTE, "  > ", 4, Style.QUOTE);
        for (String l : q.lines()) {
            out.wrap(l, Style.QUOTE, "  > ", 4, Style.QUOTE);
        }
    }

    /** The text cut to {@code width} columns, "…" at the end when cut. */
    private static String cut(String text, int width, LineBreaker breaker) {
        if (breaker.widths().of(text) <= width) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = breaker.widths().of(cp);
            if (used + w > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    private static String reference(List<String> references, String url) {
        references.add(url == null ? "" : url);
        return String.valueOf(references.size());
    }

    /** The floor's name as its first row starts: 楼主, 沙发, 板凳, 地板, N#, or the pid when the floor is not known. */
    static String label(Floor f) {
        return TerminalText.clean(!f.label().isEmpty() ? f.label() : f.number() > 0 ? f.number() + "#"
                : "pid " + f.pid());
    }

    static String time(LocalDateTime t) {
        return TIME.format(t);
    }
}
