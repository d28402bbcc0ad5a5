package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The meta line under an article title ({@code div.h p.xg1}): date | 发布者: NAME | 查看: N | 评论: N
 * [| 原作者: …] [| 来自: …] [| manager links]. Parts are told apart by their labels, not their order; parts split
 * at {@code span.pipe} or a literal {@code |}. Counts absent from the line are -1.
 */
public record MetaLine(LocalDateTime published, Person publisher, long views, long comments, String originalAuthor,
                String source, Category category) {
    static final MetaLine EMPTY = new MetaLine(null, null, -1, -1, null, null, null);
    private static final Pattern SPACE_UID = Pattern.compile("space-uid-(\\d+)");

    static MetaLine of(Element line, Clock clock) {
        if (line == null) {
            return EMPTY;
        }
        Builder b = new Builder();
        for (List<Node> part : parts(line)) {
            b.part(part, clock);
        }
        return new MetaLine(b.published, b.publisher, b.views, b.comments, b.originalAuthor, b.source, b.category);
    }

    /** The nodes between separators. */
    private static List<List<Node>> parts(Element line) {
        List<List<Node>> parts = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node : line.childNodes()) {
            if (node instanceof Element && ((Element) node).hasClass("pipe")) {
                parts.add(current);
                current = new ArrayList<>();
            } else if (node instanceof TextNode && ((TextNode) node).getWholeText().indexOf('|') >= 0) {
                String[] pieces = ((TextNode) node).getWholeText().split("\\|", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        parts.add(current);
                        current = new ArrayList<>();
                    }
                    current.add(new TextNode(pieces[i]));
                }
            } else {
                current.add(node);
            }
        }
        parts.add(current);
        return parts;
    }

    private static final class Builder {
        LocalDateTime published;
        Person publisher;
        long views = -1;
        long comments = -1;
        String originalAuthor;
        String source;
        Category category;

        void part(List<Node> nodes, Clock clock) {
            String text = text(nodes);
            if (text.isEmpty()) {
                return;
            }
            Element link = firstElement(nodes, "a");
            if (text.startsWith("发布者")) {
                publisher = person(link, after(text));
            } else if (text.startsWith("查看")) {
                views = count(nodes, text);
            } else if (text.startsWith("评论")) {
                comments = count(nodes, text);
            } else if (text.startsWith("原作者")) {
                originalAuthor = emptyToNull(after(text));
            } else if (text.startsWith("来自")) {
                source = emptyToNull(link != null ? SiteText.of(link) : after(text));
            } else if (published == null) {
                dated(nodes, text, link, clock);
            }
        }

        private void dated(List<Node> nodes, String text, Element link, Clock clock) {
            Element titled = firstElement(nodes, "span");
            LocalDateTime time = titled != null && titled.hasAttr("title")
                    ? DiscuzTime.of(titled, clock) : DiscuzTime.parse(text, clock);
            if (time == null) {
                return;
            }
            published = time;
            int catid = link == null ? 0 : DiscuzUrls.catid(link.attr("href"));
            if (catid > 0) {
                category = new Category(catid, SiteText.of(link));
            }
        }

        private static long count(List<Node> nodes, String text) {
            Element em = firstElement(nodes, "em");
            return DiscuzUrls.number(em != null ? em.text().strip() : after(text));
        }
    }

    /** A member from a space link ({@code uid=N} or {@code space-uid-N.html}); a bare name is uid 0. */
    public static Person person(Element link, String fallbackName) {
        if (link == null) {
            return fallbackName.isEmpty() ? null : new Person(0, fallbackName);
        }
        String href = link.attr("href");
        long uid = DiscuzUrls.number(DiscuzUrls.param(href, "uid"));
        if (uid == 0) {
            Matcher m = SPACE_UID.matcher(href);
            uid = m.find() ? DiscuzUrls.number(m.group(1)) : 0;
        }
        return new Person(uid, SiteText.of(link));
    }

    /** The text after a label's colon (ASCII or full width), trimmed. */
    static String after(String text) {
        int colon = text.indexOf(':');
        int wide = text.indexOf('：');
        int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        return at < 0 ? "" : text.substring(at + 1).strip();
    }

    private static String text(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof TextNode) {
                out.append(((TextNode) node).getWholeText());
            } else if (node instanceof Element && !((Element) node).normalName().equals("script")) {
                out.append(((Element) node).text());
            }
        }
        return SiteText.line(out.toString());
    }

    private static Element firstElement(List<Node> nodes, String tag) {
        for (Node node : nodes) {
            if (node instanceof Element) {
                Element e = (Element) node;
                Element found = FirstMatch.in(e, tag);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
