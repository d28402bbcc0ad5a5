package dev.fenghuang.site.forum;

import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ForumStats;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the forum index ({@code forum.php}) or one category ({@code forum.php?gid=N}) into a {@link ForumIndex}:
 * the statistics line ({@code #chart p.chart}) and one {@link ForumCategory} per {@code div#category_GID.bm_c},
 * named by the {@code h2} of the block's {@code div.bm_h}. A page with neither is not a forum index and throws
 * {@link UnexpectedPage}.
 */
public final class ForumIndexParser {
    private static final Pattern STAT = Pattern.compile("(今日|昨日|帖子|会员)\\s*[:：]\\s*(\\d+)");

    private ForumIndexParser() {
    }

    public static ForumIndex parse(Document page, Clock clock) throws UnexpectedPage {
        Element chart = page.selectFirst(Css.of("#chart p.chart, #chart"));
        List<ForumCategory> categories = new ArrayList<>();
        for (Element body : page.select(Css.of("div.bm_c[id^=category_]"))) {
            categories.add(category(body, clock));
        }
        if (chart == null && categories.isEmpty()) {
            throw new UnexpectedPage(page.location(), "not a forum index: no #chart and no category block");
        }
        return new ForumIndex(stats(chart), categories);
    }

    private static ForumCategory category(Element body, Clock clock) {
        int gid = ForumMarkup.firstInt(body.id());
        Element head = body.previousElementSibling();
        while (head != null && !head.hasClass("bm_h")) {
            head = head.previousElementSibling();
        }
        String name = "";
        List<String> moderators = List.of();
        if (head != null) {
            Element link = head.selectFirst(Css.of("h2 a"));
            name = SiteText.of(link != null ? link : head.selectFirst(Css.of("h2")));
            if (link != null && ForumUrls.gid(link.attr("href")) > 0) {
                gid = ForumUrls.gid(link.attr("href"));
            }
            for (Element span : head.select(Css.of("span.y"))) {
                if (span.text().contains("版主")) {
                    moderators = BoardRows.names(span);
                }
            }
        }
        return new ForumCategory(gid, name, moderators, BoardRows.of(body.selectFirst(Css.of("table.fl_tb")), clock));
    }

    private static ForumStats stats(Element chart) {
        if (chart == null) {
            return ForumStats.NONE;
        }
        long today = 0;
        long yesterday = 0;
        long posts = 0;
        long members = 0;
        Matcher m = STAT.matcher(chart.text());
        while (m.find()) {
            long value = ForumMarkup.firstNumber(m.group(2));
            switch (m.group(1)) {
                case "今日" -> today = value;
                case "昨日" -> yesterday = value;
                case "帖子" -> posts = value;
                default -> members = value;
            }
        }
        return new ForumStats(today, yesterday, posts, members);
    }
}
