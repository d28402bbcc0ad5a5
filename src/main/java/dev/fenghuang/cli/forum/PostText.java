package dev.fenghuang.cli.forum;

import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.PostBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A floor's body as plain lines, in reading order: paragraphs, code lines, and numbered references to its images
 * ({@code [image 1]}) and attachments ({@code [attachment 1]}) where the post places them. Quotes are left out: they
 * are told apart, folded to one line.
 */
final class PostText {
    private PostText() {
    }

    static List<String> lines(Floor floor) {
        List<String> lines = new ArrayList<>();
        for (PostBlock b : floor.blocks()) {
            if (b instanceof PostBlock.Paragraph p) {
                lines.add(p.text());
            } else if (b instanceof PostBlock.Code c) {
                lines.addAll(c.lines());
            } else if (b instanceof PostBlock.ImageRef i) {
                lines.add("[image " + i.number() + "]");
            } else if (b instanceof PostBlock.AttachmentRef a) {
                lines.add("[attachment " + a.number() + "]");
            } else if (b instanceof PostBlock.Locked l) {
                lines.add(l.text());
            }
        }
        return lines;
    }

    static String text(Floor floor) {
        return String.join("\n", lines(floor));
    }

    static List<PostBlock.Quote> quotes(Floor floor) {
        List<PostBlock.Quote> quotes = new ArrayList<>();
        for (PostBlock b : floor.blocks()) {
            if (b instanceof PostBlock.Quote q) {
                quotes.add(q);
            }
        }
        return quotes;
    }

    /** A quote folded to one line: its lines joined by a space, cut at {@code max} characters with an ellipsis. */
    static String folded(PostBlock.Quote quote, int max) {
        String joined = String.join(" ", quote.lines()).strip();
        return joined.codePointCount(0, joined.length()) <= max ? joined
                : joined.substring(0, joined.offsetByCodePoints(0, max)) + "…";
    }
}
