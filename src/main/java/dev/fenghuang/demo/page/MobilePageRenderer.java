package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalContent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The touch template of 1.3a, served to mobile-looking user agents (Java's default one included).
 * It deliberately shares none of the PC ids and classes, so a client that forgets its UA fails visibly.
 */
public final class MobilePageRenderer {
    private static final List<String> MOBILE_TOKENS = List.of("java", "mobile", "android", "iphone", "phone", "wap");
    private static final int LIST_SIZE = 10;

    private final PortalContent content;

    public MobilePageRenderer(PortalContent content) {
        this.content = content;
    }

    /** True when the touch template applies: a mobile UA and no {@code mobile=no} in the query or a cookie. */
    public static boolean applies(PageRequest request, String cookiePrefix) {
        String agent = request.userAgent().toLowerCase(Locale.ROOT);
        boolean mobile = MOBILE_TOKENS.stream().anyMatch(agent::contains);
        boolean forcedPc = request.param("mobile").equals("no")
                || "no".equals(request.cookies().get(cookiePrefix + "mobile"));
        return mobile && !forcedPc;
    }

    public String render(Visit visit) {
        PageRequest request = visit.request();
        String mod = request.param("mod");
        Optional<PortalArticle> article = mod.equals("view") ? content.article(request.intParam("aid")) : Optional.empty();
        Optional<PortalCategory> category = mod.equals("list")
                ? content.category(request.intParam("catid")) : Optional.empty();
        String title = article.map(PortalArticle::title).or(() -> category.map(PortalCategory::name)).orElse("门户");
        String body = article.map(MobilePageRenderer::articleBody)
                .orElseGet(() -> links(category.map(c -> content.listed(c.catid())).orElse(content.newest())));
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"" + visit.site().charsetLabel() + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, minimum-scale=1.0, "
                + "maximum-scale=1.0, user-scalable=no\">\n<title>" + HtmlText.escape(title)
                + " -  手机版 - Powered by Discuz!</title>\n<link rel=\"stylesheet\" href=\"static/image/mobile/style.css\" "
                + "type=\"text/css\" media=\"all\">\n</head>\n<body class=\"bg\">\n<div class=\"header cl\">"
                + "<div class=\"mz\"><a href=\"javascript:history.back();\">返回</a></div><h2>"
                + SiteSettings.SITE_NAME + "</h2></div>\n" + body + "<div class=\"footer\"><a href=\""
                + visit.siteUrl() + "portal.php?mobile=no\">电脑版</a></div>\n</body>\n</html>\n";
    }

    private static String articleBody(PortalArticle article) {
        StringBuilder text = new StringBuilder("<div class=\"view_tit\"><h2>").append(HtmlText.escape(article.title()))
                .append("</h2></div>\n<div class=\"message\">");
        article.pages().forEach(page -> text.append(page.html()));
        return text.append("</div>\n").toString();
    }

    private static String links(List<PortalArticle> articles) {
        StringBuilder list = new StringBuilder("<div class=\"threadlist cl\"><ul>");
        articles.stream().limit(LIST_SIZE).forEach(a -> list.append("<li><a href=\"portal.php?mod=view&aid=")
                .append(a.aid()).append("&mobile=2\">").append(HtmlText.escape(a.title())).append("</a></li>"));
        return list.append("</ul></div>\n").toString();
    }
}
