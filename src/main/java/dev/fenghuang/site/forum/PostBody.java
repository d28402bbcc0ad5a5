package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.PostAttachment;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostBlock.Span;
import dev.fenghuang.model.forum.PostImage;
import dev.fenghuang.model.forum.PostLink;
import dev.fenghuang.site.read.ArticleBody;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.ImageSource;
import dev.fenghuang.site.markup.Links;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A post's body ({@code td.t_f}) as blocks, in one walk: paragraphs break at {@code <br>} and block elements and
 * carry bold ({@code strong}, {@code b}) and colour ({@code font[color]}, a {@code color} style) as spans; quotes
 * ({@code div.quote}) fold to who/when and text; code ({@code div.blockcode}) keeps its lines; images (the
 * {@code zoomfile}/{@code file} of attachments, never the placeholder {@code src}) and attached files
 * ({@code span[id^=attach_]}, {@code mod=attachment} links) become numbered references; {@code div.locked} becomes a
 * notice. Noise is dropped as on the portal (ads, jammer text, hidden nodes, scripts, the edit stamp), and smileys;
 * keyword links ({@code a.relatedlink}) count as text.
 */
final class PostBody {
    /** The colon after {@code color} in a style, with the space around it. */
    private static final Pattern COLON = Pattern.compile("^\\s*:\\s*");
    /** The parentheses around an attachment's note, half or full width. */
    private static final Pattern PARENTHESES = Pattern.compile("^[(（]|[)）]$");
    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "center", "hr", "section", "article", "header", "footer", "aside", "figure", "figcaption", "address",
            "caption", "form", "fieldset", "main", "nav");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "video", "audio", "button", "input", "select", "textarea", "head", "title", "map");

    final List<PostBlock> blocks = new ArrayList<>();
    final List<PostImage> images = new ArrayList<>();
    final List<PostAttachment> attachments = new ArrayList<>();
    final List<PostLink> links = new ArrayList<>();
    private final Clock clock;
    private final Runs runs = new Runs();

    private PostBody(Clock clock) {
        this.clock = clock;
    }

    /** Reads the body and then the attachment list ({@code div.pattl}), either of which may be null. */
    static PostBody of(Element message, Element attachmentList, Clock clock) {
        PostBody body = new PostBody(clock);
        for (Element part : new Element[] {message, attachmentList}) {
            if (part != null) {
                body.children(part, Style.PLAIN);
                body.flush();
            }
        }
        return body;
    }

    private void children(Element parent, Style style) {
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            Node child = parent.childNode(i);
            if (child instanceof TextNode text) {
                runs.add(text.getWholeText(), style);
            } else if (child instanceof Element e) {
                element(e, style);
            }
        }
    }

    private void element(Element e, Style style) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || e.attributesSize() > 0 && ArticleBody.isNoise(e, tag)) {
            return;
        }
        read(e, tag, style);
    }

    /** An element that is neither skipped nor noise, by its tag. */
    private void read(Element e, String tag, Style style) {
        switch (tag) {
            case "br" -> flush();
            case "img" -> image(e);
            case "a" -> link(e, style);
            case "strong", "b" -> children(e, style.withBold());
            case "font" -> children(e, e.hasAttr("color") ? style.withColor(e.attr("color")) : style);
            case "span" -> span(e, style);
            default -> block(e, tag, style);
        }
    }

    private void block(Element e, String tag, Style style) {
        if (tag.equals("div") && e.hasClass("quote")) {
            add(Quotes.of(e, clock));
        } else if (tag.equals("div") && e.hasClass("blockcode")) {
            add(code(e));
        } else if (tag.equals("div") && (e.hasClass("locked") || e.hasClass("attach_nopermission"))) {
            add(new PostBlock.Locked(SiteText.of(e)));
        } else if (BLOCKS.contains(tag)) {
            flush();
            children(e, style);
            flush();
        } else {
            children(e, style);
        }
    }

    private void span(Element e, Style style) {
        if (e.id().startsWith("attach_")) {
            Element file = FirstElements.linkContaining(e, "mod=attachment");
            if (file != null) {
                attachment(file, FirstElements.withClass(e, "em", "xg1"), ForumMarkup.firstNumber(e.id()));
                return;
            }
        }
        String css = e.attr("style");
        int at = css.toLowerCase(java.util.Locale.ROOT).indexOf("color");
        if (at >= 0 && (at == 0 || !Character.isLetter(css.charAt(at - 1)) && css.charAt(at - 1) != '-')) {
            String value = COLON.matcher(css.substring(at + 5)).replaceFirst("");
            int end = value.indexOf(';');
            children(e, style.withColor(end < 0 ? value : value.substring(0, end)));
        } else {
            children(e, style);
        }
    }

    private void image(Element img) {
        String src = img.attr("src");
        if (img.hasAttr("smilieid") || src.contains("/smiley/") || src.contains("/filetype/")) {
            return;
        }
        String url = ImageSource.of(img);
        if (url.isEmpty()) {
            return;
        }
        int number = images.size() + 1;
        images.add(new PostImage(number, url, SiteText.line(img.attr("alt")), ForumMarkup.firstNumber(img.attr("aid"))));
        add(new PostBlock.ImageRef(number));
    }

    private void link(Element a, Style style) {
        String href = a.attr("href");
        if (href.contains("mod=attachment")) {
            Element next = a.nextElementSibling();
            attachment(a, next != null && next.is(Css.of("em.xg1")) ? next : null, ForumUrls.longParam(href, "aid"));
            return;
        }
        String url = a.hasClass("relatedlink") ? "" : Links.absolute(a, "href");
        if (url.isEmpty() || url.startsWith("javascript:")) {
            children(a, style);
            return;
        }
        int number = links.size() + 1;
        links.add(new PostLink(number, url, SiteText.of(a)));
        children(a, style.withLink(number));
    }

    /** An attached file: its link, and the {@code (SIZE, 下载次数: N)} note after it. */
    private void attachment(Element link, Element note, long aid) {
        String size = "";
        long downloads = 0;
        if (note != null) {
            String text = PARENTHESES.matcher(SiteText.of(note)).replaceAll("");
            int comma = text.indexOf(',');
            size = (comma < 0 ? text : text.substring(0, comma)).strip();
            int count = text.indexOf("下载次数");
            downloads = count < 0 ? 0 : ForumMarkup.firstNumber(text.substring(count));
        }
        int number = attachments.size() + 1;
        attachments.add(new PostAttachment(number, aid > 0 && aid < 1L << 40 ? aid : 0, SiteText.of(link),
                Links.absolute(link, "href"), size, downloads));
        add(new PostBlock.AttachmentRef(number));
    }

    private static PostBlock.Code code(Element box) {
        List<String> lines = new ArrayList<>();
        List<Element> items = FirstElements.allWithTag(box, "li");
        if (items.isEmpty()) {
            for (String line : FirstElements.wholeText(box).split("\n", -1)) {
                lines.add(SiteText.strip(line).stripTrailing());
            }
        } else {
            for (Element li : items) {
                lines.add(SiteText.strip(FirstElements.wholeText(li).replace("\u00A0", " ")).stripTrailing());
            }
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return new PostBlock.Code(lines);
    }

    private void add(PostBlock block) {
        flush();
        blocks.add(block);
    }

    private void flush() {
        List<Span> spans = runs.take();
        if (!spans.isEmpty()) {
            blocks.add(new PostBlock.Paragraph(spans));
        }
    }

    /** Emphasis in force where text stands. */
    record Style(boolean bold, String color, int link) {
        static final Style PLAIN = new Style(false, "", 0);

        Style withBold() {
            return new Style(true, color, link);
        }

        Style withColor(String value) {
            return new Style(bold, SiteText.line(value), link);
        }

        Style withLink(int number) {
            return new Style(bold, color, number);
        }
    }

    /**
     * The spans of the paragraph being read: whitespace runs made one space across span borders, the leading
     * indent (U+3000 too) and trailing blanks dropped, neighbours of one style merged, controls removed.
     */
    static final class Runs {
        private final List<Span> raw = new ArrayList<>();

        void add(String text, Style style) {
            if (!text.isEmpty()) {
                raw.add(new Span(text, style.bold(), style.color(), style.link()));
            }
        }

        List<Span> take() {
            List<Span> out = new ArrayList<>();
            boolean started = false;
            boolean space = false;
            for (Span span : raw) {
                StringBuilder text = new StringBuilder();
                String clean = SiteText.strip(span.text());
                for (int i = 0; i < clean.length(); i++) {
                    char c = clean.charAt(i);
                    if (!started && ArticleBody.isIndent(c)) {
                        continue;
                    }
                    if (SiteText.isSpace(c)) {
                        space = true;
                        continue;
                    }
                    if (space && started) {
                        text.append(' ');
                    }
                    space = false;
                    started = true;
                    text.append(c);
                }
                if (text.length() > 0) {
                    append(out, new Span(text.toString(), span.bold(), span.color(), span.link()));
                }
            }
            raw.clear();
            return out;
        }

        private static void append(List<Span> out, Span span) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (last.bold() == span.bold() && last.color().equals(span.color()) && last.link() == span.link()) {
                    out.set(out.size() - 1, new Span(last.text() + span.text(), span.bold(), span.color(), span.link()));
                    return;
                }
            }
            out.add(span);
        }
    }
}
