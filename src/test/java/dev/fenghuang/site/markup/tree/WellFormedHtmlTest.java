package dev.fenghuang.site.markup.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class WellFormedHtmlTest {
    private static final String URL = "http://127.0.0.1:8080/portal.php?mod=view&aid=1";

    static String page(String head, String body) {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\" />\n<title>T &amp; t</title>\n" + head
                + "</head>\n\n<body id=\"nv_portal\" class=\"pg_view\">\n" + body + "\n</body>\n</html>\n";
    }

    /** The builder's tree is jsoup's, or the builder declines. */
    static boolean sameOrDeclined(String html) {
        Document built = WellFormedHtml.parse(html, URL);
        if (built != null) {
            assertThat(TreeDump.of(built)).as(html).isEqualTo(TreeDump.of(Jsoup.parse(html, URL)));
        }
        return built != null;
    }

    @Test
    void buildsTheFormsOfADiscuzPageAsJsoupDoes() {
        List<String> bodies = List.of(
                "<div id=\"pt\" class=\"bm cl\"><div class=\"z\"><a href=\"./\">站</a> <em>&rsaquo;</em>\n查看</div></div>",
                "<table cellpadding=\"0\" class=\"vwtb\"><tr><td id=\"article_content\">　　正文<br />\n<br />x</td></tr></table>",
                "<table>\n<tr>\n<td>a</td>\n</tr>\n</table>",
                "<table><tbody><tr><th>h</th></tr></tbody></table>",
                "<p class=\"xg1\">2016-11-9<span class=\"pipe\">|</span>发布者: <a href=\"home.php?mod=space&amp;uid=3\">归来</a></p>",
                "<p>one<p>two<div>three</div>", "<p><table><tr><td>x</td></tr></table>",
                "<ul><li><a href=x>a</a></li><li>b</li></ul><dl><dt>t</dt><dd>d</dd></dl>",
                "<form id=\"cform\" action=\"portal.php?mod=portalcp&ac=comment\"><input type=\"hidden\" name=\"aid\" value=\"5\" />"
                        + "<textarea name=\"message\">\n</textarea><button type=\"submit\">提交</button></form>",
                "<script type=\"text/javascript\">if (a < b && c) {}</script><style>p{}</style><script></script>",
                "<div hidden style='display:none' data-x=a&copy>q</div><!-- c --><pre>\nkept</pre>a < b",
                "<img src=\"a.png\" alt=\"&quot;x&quot;\"><br/><hr><input hidden><div class=\"a_pr\"></div>");
        for (String body : bodies) {
            assertThat(sameOrDeclined(page("", body))).as(body).isTrue();
        }
        assertThat(sameOrDeclined(page("<base href=\"http://example.test/bbs/\" />\n<link rel=\"stylesheet\" href=\"a.css\" />\n"
                + "<script src=\"common.js\" type=\"text/javascript\"></script>\n<!-- h -->\n", "<a href=\"x\">x</a>"))).isTrue();
        assertThat(sameOrDeclined(page("", "<p>x</p>").replace("</body>\n</html>\n",
                "</body>\n<!--c-->\n</html>\n<!--d-->\n"))).isTrue();
    }

    @Test
    void declinesMarkupThatNeedsTheParsersErrorHandling() {
        List<String> bodies = List.of(
                "<div><span>x</div></span>", "<b><i>x</b></i>", "<table><td>x</td></table>",
                "<table>loose<tr><td>x</td></tr></table>", "<p>x</p></p>", "<a href=1><a href=2>x</a></a>",
                "<ul><li>a<li>b</ul>", "<dl><dt>a<dd>b</dl>", "<select><option>x</select>", "<div/>",
                "<h1><h2>x</h2></h1>", "<form><form></form></form>", "<div a=\"1\"b=2>x</div>", "<?php ?>",
                "<!doctype x>", "<div>unclosed", "<svg><path/></svg>", "<a href=x\"y>z</a>",
                "<script><!-- <script></script> --></script>", "<!-- a -- b -->", "</br>",
                "<button><button>x</button></button>", "<p><span><div>x</div></span></p>");
        for (String body : bodies) {
            assertThat(WellFormedHtml.parse(page("", body), URL)).as(body).isNull();
        }
        assertThat(WellFormedHtml.parse("<html><head></head><body></body></html>", URL)).as("no doctype").isNull();
        assertThat(WellFormedHtml.parse(page("", "x").replace("\n", "\r\n"), URL)).as("CR LF").isNull();
        assertThat(WellFormedHtml.parse(page("<div>in head</div>", "x"), URL)).isNull();
    }

    /** Random nestings of the tags the builder knows, with now and then a tag left open or closed twice. */
    @Test
    void buildsAsJsoupOrDeclinesOnRandomPages() {
        Random random = new Random(20161106L);
        int built = 0;
        int pages = 3_000;
        for (int i = 0; i < pages; i++) {
            StringBuilder body = new StringBuilder();
            children(random, 0, body);
            if (sameOrDeclined(page(random.nextInt(4) == 0 ? "<base href=\"/sub/\" />\n" : "", body.toString()))) {
                built++;
            }
        }
        assertThat(built).as("pages the builder read").isGreaterThan(pages / 4);
    }

    private static final List<String> TAGS = List.of("div", "p", "span", "a", "b", "strong", "font", "em", "ul", "li",
            "dl", "dt", "dd", "h1", "h3", "table", "form", "button", "center", "blockquote", "pre", "i", "u", "label");
    private static final List<String> LEAVES = List.of("text", "中文　", " ", "\n", "&amp;", "&copy", "&#20013;",
            "&catid=1", "a < b", "<br />", "<br>", "<img src=\"x.png\" alt='a&amp;b' />", "<hr />", "<!-- c -->",
            "<input type=hidden name=aid value=5>", "<script>var a = '<b>';</script>", "<textarea>\nq</textarea>",
            "<wbr>", "<style>.a{}</style>");

    private static void children(Random random, int depth, StringBuilder out) {
        int count = random.nextInt(depth > 3 ? 2 : 4);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(10);
            if (pick < 4 || depth > 5) {
                out.append(LEAVES.get(random.nextInt(LEAVES.size())));
            } else if (pick == 4) {
                table(random, depth, out);
            } else {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                out.append('<').append(tag).append(attributes(random)).append('>');
                children(random, depth + 1, out);
                int end = random.nextInt(40);
                if (end > 0) {
                    out.append("</").append(end == 1 ? TAGS.get(random.nextInt(TAGS.size())) : tag).append('>');
                }
            }
        }
    }

    private static void table(Random random, int depth, StringBuilder out) {
        boolean tbody = random.nextBoolean();
        out.append("<table class=\"t\">").append(random.nextBoolean() ? "\n" : "").append(tbody ? "<tbody>" : "");
        for (int r = random.nextInt(3); r >= 0; r--) {
            out.append("<tr>");
            for (int c = random.nextInt(3); c >= 0; c--) {
                out.append(random.nextBoolean() ? "<td>" : "<th>");
                children(random, depth + 2, out);
                out.append(out.lastIndexOf("<td>") > out.lastIndexOf("<th>") ? "</td>" : "</th>");
            }
            out.append("</tr>").append(random.nextBoolean() ? "\n" : "");
        }
        out.append(tbody ? "</tbody>" : "").append("</table>");
    }

    private static String attributes(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " class=\"a_pr\"";
            case 1 -> " id=\"comment_1_li\" class='ptm pbm'";
            case 2 -> " href=\"portal.php?mod=view&aid=1&amp;page=2\"";
            case 3 -> " hidden";
            case 4 -> " style=\"display: none\" HREF=x";
            default -> "";
        };
    }
}
