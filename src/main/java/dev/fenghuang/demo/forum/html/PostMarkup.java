package dev.fenghuang.demo.forum.html;

import dev.fenghuang.demo.forum.state.ForumAttachment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a stored post (BBCode, {@code html} off) into the HTML of {@code td.t_f} (4.3): the text escaped, quotes,
 * code blocks with unclosed {@code li}, hidden parts (locked or shown), edit stamps, bold, colour, size, alignment,
 * links (relative ones made absolute), images, attachments and smileys, line breaks as {@code <br />} + LF.
 */
public final class PostMarkup {
    /** What a rendering depends on besides the text. */
    public record Context(String siteUrl, int fid, int tid, int pid, boolean showsHidden,
            IntFunction<Optional<ForumAttachment>> attachments) {
    }

    private static final Pattern CODE = Pattern.compile("(?s)\\[code](.*?)\\[/code]");
    private static final Pattern HIDE = Pattern.compile("(?s)\\[hide](.*?)\\[/hide]");
    private static final Pattern URL_NAMED = Pattern.compile("(?s)\\[url=([^\\]]+)](.*?)\\[/url]");
    private static final Pattern URL_BARE = Pattern.compile("\\[url]([^\\[]+)\\[/url]");
    private static final Pattern IMG = Pattern.compile("\\[img]([^\\[]+)\\[/img]");
    private static final Pattern ATTACH_IMG = Pattern.compile("\\[attachimg](\\d+)\\[/attachimg]");
    private static final Pattern ATTACH = Pattern.compile("\\[attach](\\d+)\\[/attach]");
    private static final String CODE_MARK = "\u0001CODE";

    private PostMarkup() {
    }

    public static String render(String message, Context context) {
        List<String> codes = new ArrayList<>();
        String text = ForumHtml.escape(message.replace("\r\n", "\n"));
        Matcher code = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            codes.add(codeBlock(code.group(1), context.pid(), codes.size()));
            code.appendReplacement(out, Matcher.quoteReplacement(CODE_MARK + (codes.size() - 1) + "\u0001"));
        }
        code.appendTail(out);
        text = out.toString();
        text = text.replace("[/quote]\n", "[/quote]").replace("[quote]", "<div class=\"quote\"><blockquote>")
                .replace("[/quote]", "</blockquote></div>");
        text = hidden(text, context);
        text = text.replace("[i=s]", "<i class=\"pstatus\">").replace("[/i]", "</i>").replace("[i]", "<i>")
                .replace("[b]", "<strong>").replace("[/b]", "</strong>").replace("[u]", "<u>").replace("[/u]", "</u>")
                .replaceAll("\\[color=([#\\w]+)]", "<font color=\"$1\">").replace("[/color]", "</font>")
                .replaceAll("\\[size=(\\d)]", "<font size=\"$1\">").replace("[/size]", "</font>")
                .replaceAll("\\[align=(left|center|right)]", "<div align=\"$1\">").replace("[/align]", "</div>");
        text = links(text, context.siteUrl());
        text = text.replace(":lol", "<img src=\"static/image/smiley/default/lol.gif\" smilieid=\"12\" border=\"0\" "
                + "alt=\"\" />");
        text = text.replace("\n", "<br />\n");
        text = images(text, context);
        for (int i = 0; i < codes.size(); i++) {
            text = text.replace(CODE_MARK + i + "\u0001", codes.get(i));
        }
        return text;
    }

    private static String codeBlock(String body, int pid, int index) {
        String id = "code_" + letters(pid * 7 + index);
        StringBuilder items = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            items.append("<li>").append(line);
        }
        return "<div class=\"blockcode\"><div id=\"" + id + "\"><ol>" + items + "</ol></div><em onclick=\"copycode($('"
                + id + "'));\">复制代码</em></div>";
    }

    private static String hidden(String text, Context context) {
        Matcher hide = HIDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (hide.find()) {
            String replaced = context.showsHidden()
                    ? "<div class=\"showhide\"><h4>本帖隐藏的内容</h4>" + hide.group(1) + "</div>"
                    : "<div class=\"locked\">如果您要查看本帖隐藏内容请<a href=\"javascript:;\" class=\"xi2\" "
                            + "onclick=\"showWindow('reply', 'forum.php?mod=post&action=reply&fid=" + context.fid()
                            + "&tid=" + context.tid() + "')\">回复</a></div>";
            hide.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        hide.appendTail(out);
        return out.toString();
    }

    private static String links(String text, String siteUrl) {
        Matcher named = URL_NAMED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + absolute(named.group(1), siteUrl)
                    + "\" target=\"_blank\">" + named.group(2) + "</a>"));
        }
        named.appendTail(out);
        Matcher bare = URL_BARE.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (bare.find()) {
            bare.appendReplacement(done, Matcher.quoteReplacement("<a href=\"" + absolute(bare.group(1), siteUrl)
                    + "\" target=\"_blank\">" + bare.group(1) + "</a>"));
        }
        bare.appendTail(done);
        return done.toString();
    }

    private static String absolute(String url, String siteUrl) {
        return url.startsWith("http://") || url.startsWith("https://") ? url : siteUrl + url;
    }

    private static String images(String text, Context context) {
        Matcher img = IMG.matcher(text);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (img.find()) {
            String id = "aimg_" + letters(context.pid() * 13 + n++);
            img.appendReplacement(out, Matcher.quoteReplacement("<img id=\"" + id + "\" onclick=\"zoom(this, this.src, "
                    + "0, 0, 0)\" class=\"zoom\" src=\"" + img.group(1) + "\" onmouseover=\"img_onmouseoverfunc(this)\" "
                    + "onload=\"thumbImg(this)\" border=\"0\" alt=\"\" />"));
        }
        img.appendTail(out);
        text = replaceAttachments(out.toString(), ATTACH_IMG, context, true);
        return replaceAttachments(text, ATTACH, context, false);
    }

    private static String replaceAttachments(String text, Pattern pattern, Context context, boolean image) {
        Matcher found = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (found.find()) {
            int aid = Integer.parseInt(found.group(1));
            String html = context.attachments().apply(aid)
                    .map(a -> image ? attachedImage(a) : attachedFile(a, context.tid())).orElse("");
            found.appendReplacement(out, Matcher.quoteReplacement(html));
        }
        found.appendTail(out);
        return out.toString();
    }

    private static String attachedImage(ForumAttachment a) {
        String file = "data/attachment/" + a.path();
        String name = ForumHtml.escape(a.name());
        return "<ignore_js_op>\n<img id=\"aimg_" + a.aid() + "\" aid=\"" + a.aid() + "\" src=\"static/image/common/"
                + "none.gif\" zoomfile=\"" + file + "\" file=\"" + file + "\" class=\"zoom\" onclick=\"zoom(this, "
                + "this.getAttribute('zoomfile'), 0, 0, '0')\" width=\"600\" inpost=\"1\" alt=\"" + name
                + "\" title=\"" + name + "\" w=\"800\" />\n</ignore_js_op>";
    }

    private static String attachedFile(ForumAttachment a, int tid) {
        return "<ignore_js_op>\n<span style=\"white-space: nowrap\" id=\"attach_" + a.aid() + "\"><img src=\"static/"
                + "image/filetype/common.gif\" border=\"0\" class=\"vm\" alt=\"\" /><a href=\"forum.php?mod=attachment"
                + "&amp;aid=" + encodedAid(a.aid(), tid) + "\" target=\"_blank\">" + ForumHtml.escape(a.name())
                + "</a> <em class=\"xg1\">(" + a.size() + ", 下载次数: " + a.downloads() + ")</em></span>\n"
                + "</ignore_js_op>";
    }

    /** {@code aidencode}: base64 of {@code AID|HASH|TIME|UID|TID}. */
    static String encodedAid(int aid, int tid) {
        return Base64.getEncoder().encodeToString((aid + "|5b2c8a1f|1764000000|0|" + tid)
                .getBytes(StandardCharsets.US_ASCII)).replace("=", "%3D");
    }

    /** Three letters made from a number, for the ids Discuz draws at random. */
    static String letters(int n) {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        int v = Math.abs(n * 2654435 + 97);
        return "" + alphabet.charAt(v % 48) + alphabet.charAt(v / 48 % 48) + alphabet.charAt(v / 2304 % 48);
    }
}
