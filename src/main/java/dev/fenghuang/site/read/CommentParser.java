package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Person;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Portal comments ({@code dl[id^=comment_][id$=_li]}), used on the article page and the full comment page:
 * author (a member link or the bare 游客), time, text with {@code <br />} as newlines, the quoted text split out,
 * the {@code (待审核)} marker; and the 本页有 N 个评论…被隐藏 note.
 */
public final class CommentParser {
    private static final String HIDDEN_NOTE = "未通过审核而被隐藏";

    private CommentParser() {
    }

    /** The comments inside {@code scope}, in page order. */
    public static List<Comment> comments(Element scope, Clock clock) {
        List<Comment> comments = new ArrayList<>();
        if (scope == null) {
            return comments;
        }
        for (Element item : FirstMatch.all(scope, "dl[id^=comment_][id$=_li]")) {
            comments.add(comment(item, clock));
        }
        return comments;
    }

    /** N from 提示：本页有 N 个评论因未通过审核而被隐藏 (either class order), 0 without the note. */
    static int hidden(Element scope) {
        if (scope == null) {
            return 0;
        }
        for (Element p : FirstMatch.all(scope, "p")) {
            String text = p.ownText();
            int at = text.indexOf(HIDDEN_NOTE);
            if (at >= 0) {
                int has = text.indexOf("有");
                return (int) DiscuzUrls.number(text.substring(has < 0 ? 0 : has + 1).strip());
            }
        }
        return 0;
    }

    static Comment comment(Element item, Clock clock) {
        String id = item.id();
        long cid = DiscuzUrls.number(id.substring("comment_".length()));
        Element head = FirstMatch.in(item, "dt");
        Element body = FirstMatch.in(item, "dd");
        Person author = head == null ? Person.GUEST : author(head);
        Element time = head == null ? null : FirstMatch.in(head, "span.xg1");
        boolean pending = head != null && head.text().contains("(待审核)");
        String quote = null;
        Element quoteBox = body == null ? null : FirstMatch.in(body, "div.quote");
        if (quoteBox != null) {
            Element inner = FirstMatch.in(quoteBox, "blockquote");
            quote = lines(inner != null ? inner : quoteBox, null);
        }
        String text = body == null ? "" : lines(body, quoteBox);
        return new Comment(cid, author, DiscuzTime.of(time, clock), text, quote, pending);
    }

    private static Person author(Element head) {
        for (Element link : FirstMatch.all(head, "a")) {
            if (link.closest(Css.of("span.y")) == null && link.attr("href").contains("uid")) {
                return MetaLine.person(link, "");
            }
        }
        String bare = SiteText.line(head.ownText().replace("(待审核)", ""));
        return bare.isEmpty() || bare.equals(Person.GUEST.name()) ? Person.GUEST : new Person(0, bare);
    }

    /** Text of a comment body: {@code <br>} and blocks as newlines, non-breaking spaces kept as spaces. */
    public static String lines(Element element, Element skipped) {
        StringBuilder out = new StringBuilder();
        append(element, skipped, out);
        StringBuilder result = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            String clean = line.strip();
            if (!clean.isEmpty() || result.length() > 0) {
                result.append(clean).append('\n');
            }
        }
        return SiteText.strip(result.toString().strip());
    }

    private static void append(Element element, Element skipped, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode) {
                appendText(((TextNode) child).getWholeText(), out);
            } else if (child instanceof Element && child != skipped) {
                Element e = (Element) child;
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (!tag.equals("script") && !tag.equals("style") && !ArticleBody.isNoise(e, tag)) {
                    boolean block = tag.equals("p") || tag.equals("div") || tag.equals("blockquote");
                    if (block) {
                        out.append('\n');
                    }
                    append(e, skipped, out);
                    if (block) {
                        out.append('\n');
                    }
                }
            }
        }
    }

    /** HTML whitespace runs become one space; a non-breaking space is a space of its own. */
    private static void appendText(String raw, StringBuilder out) {
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c == '\u00A0' ? ' ' : c);
            }
        }
        if (space) {
            out.append(' ');
        }
    }
}
