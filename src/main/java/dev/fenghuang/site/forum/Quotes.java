package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.site.read.ArticleBody;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.read.Paragraphs;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A quote ({@code div.quote > blockquote}) folded to one header and its lines. A reply's quote starts with the
 * grey line {@code NAME 发表于 TIME} inside a {@code findpost} link that names the quoted pid; a plain
 * {@code [quote]} has none, and gives an empty author.
 */
final class Quotes {
    private static final String SAID_AT = " 发表于 ";

    private Quotes() {
    }

    static PostBlock.Quote of(Element quote, Clock clock) {
        Element inner = FirstElements.withClass(quote, "blockquote", null);
        Element scope = inner != null ? inner : quote;
        Element header = FirstElements.linkContaining(scope, "findpost");
        Element skip = null;
        long pid = 0;
        String author = "";
        java.time.LocalDateTime time = null;
        if (header != null) {
            pid = ForumUrls.longParam(header.attr("href"), "pid");
            skip = outermostWrapper(header, scope);
            String said = SiteText.of(header);
            int at = said.lastIndexOf(SAID_AT.strip());
            if (at >= 0) {
                author = said.substring(0, at).strip();
                time = DiscuzTime.parse(said.substring(at + SAID_AT.strip().length()), clock);
            } else {
                author = said;
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(scope, skip, line, lines);
        end(line, lines);
        return new PostBlock.Quote(pid, author, time, lines);
    }

    /** The header link with the {@code font} wrappers that hold nothing else. */
    private static Element outermostWrapper(Element header, Element scope) {
        Element wrapper = header;
        while (wrapper.parent() != null && wrapper.parent() != scope && wrapper.parent().normalName().equals("font")
                && FirstElements.childElements(wrapper.parent(), 2) == 1) {
            wrapper = wrapper.parent();
        }
        return wrapper;
    }

    private static void collect(Element parent, Element skip, StringBuilder line, List<String> lines) {
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            Node child = parent.childNode(i);
            if (child instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (child instanceof Element e && e != skip && !ArticleBody.isNoise(e, e.normalName())
                    && !e.normalName().equals("script") && !e.normalName().equals("style")) {
                boolean breaks = e.normalName().equals("br") || e.isBlock();
                if (breaks) {
                    end(line, lines);
                }
                collect(e, skip, line, lines);
                if (breaks) {
                    end(line, lines);
                }
            }
        }
    }

    private static void end(StringBuilder line, List<String> lines) {
        String text = Paragraphs.clean(line);
        line.setLength(0);
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }
}
