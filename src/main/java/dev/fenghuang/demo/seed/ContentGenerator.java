package dev.fenghuang.demo.seed;

import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.ArticlePage;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;

/** Builds the demo site's content: the sample article plus generated articles and comments, from a seed. */
public final class ContentGenerator {
    /** The closed category: listed nowhere, answered with {@code list_category_is_closed}. */
    static final int CLOSED_CATID = 9;

    static final List<PortalCategory> CATEGORIES = List.of(
            new PortalCategory(1, "党政风采", 0, false),
            new PortalCategory(2, "渠县", 1, false),
            new PortalCategory(3, "达州", 1, false),
            new PortalCategory(4, "社会民生", 0, false),
            new PortalCategory(5, "教育", 4, false),
            new PortalCategory(6, "交通", 4, false),
            new PortalCategory(7, "乡镇动态", 0, false),
            new PortalCategory(8, "文化旅游", 0, false),
            new PortalCategory(CLOSED_CATID, "往期回顾", 0, true));

    private static final List<String> SOURCES = List.of("渠县新闻网", "达州日报", "渠县电视台", "四川新闻网");
    private static final List<String> SOURCE_URLS = List.of("http://www.qxxww.com/", "http://www.dzrbs.com/",
            "http://www.qxtv.cn/", "http://www.newssc.org/");
    private static final List<String> AUTHORS = List.of("李文", "王小川", "张静 刘洋", "陈涛", "何俊笼");

    private final Random random;
    private final Set<String> titles = new HashSet<>();
    private final SeedComments comments;

    private ContentGenerator(long seed) {
        this.random = new Random(seed);
        this.comments = new SeedComments(new Random(seed * 31 + 7));
    }

    public static PortalContent generate(long seed) {
        return generate(seed, List.of());
    }

    /** The generated content plus more articles, added without comments. */
    public static PortalContent generate(long seed, List<PortalArticle> extra) {
        return new ContentGenerator(seed).content(extra);
    }

    private PortalContent content(List<PortalArticle> extra) {
        List<PortalArticle> articles = new ArrayList<>();
        PortalArticle sample = SampleArticle.load();
        articles.add(sample);
        titles.add(sample.title());
        long dateline = sample.dateline();
        for (int aid = ArticlePlan.FIRST_AID; aid <= ArticlePlan.LAST_AID; aid++) {
            dateline += 3600L * (2 + random.nextInt(28)) + 60L * random.nextInt(60);
            articles.add(article(ArticlePlan.of(aid), dateline));
        }
        List<PortalComment> commentList = new ArrayList<>();
        for (PortalArticle article : articles.subList(1, articles.size())) {
            ArticlePlan plan = ArticlePlan.of(article.aid());
            int count = !plan.commentsAllowed() ? 0 : plan.comments() >= 0 ? plan.comments() : random.nextInt(8);
            commentList.addAll(comments.write(article, count));
        }
        articles.addAll(extra);
        return new PortalContent(CATEGORIES, articles, commentList);
    }

    private PortalArticle article(ArticlePlan plan, long dateline) {
        String image = plan.image() ? "data/attachment/portal/" + PrintedTime.attachmentStem(dateline)
                + letters(8) + ".jpg" : "";
        List<ArticlePage> pages = new ArrayList<>();
        for (int p = 0; p < plan.pages(); p++) {
            String title = plan.pages() > 1 && plan.pageTitles() ? PhraseBook.pageTitle(p) : "";
            pages.add(new ArticlePage(title, body(plan, p == 0 ? image : "")));
        }
        int source = random.nextInt(SOURCES.size());
        return new PortalArticle(plan.aid(), plan.catid(), uniqueTitle(),
                Members.editors().get(random.nextInt(Members.editors().size())),
                plan.originalAuthor() ? AUTHORS.get(random.nextInt(AUTHORS.size())) : "",
                plan.sourceKind() == ArticlePlan.SOURCE_NONE ? "" : SOURCES.get(source),
                plan.sourceKind() == ArticlePlan.SOURCE_LINK ? SOURCE_URLS.get(source) : "",
                dateline, plan.summary() ? summary(pages.get(0)) : "", pages, reactions(plan),
                plan.commentsAllowed(), plan.image() ? image + ".thumb.jpg" : "", 20 + random.nextInt(3000));
    }

    private String body(ArticlePlan plan, String image) {
        List<String> paragraphs = new ArrayList<>();
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            paragraphs.add(SampleArticle.INDENT + PhraseBook.paragraph(random));
        }
        if (plan.link()) {
            String place = PhraseBook.place(random);
            paragraphs.add(SampleArticle.INDENT + "详情请登录<a href=\"http://www.quxian.gov.cn/\" target=\"_blank\">"
                    + "渠县人民政府网</a>查询，或关注<a href=\"http://www.quxian.gov.cn/\" target=\"_blank\""
                    + " class=\"relatedlink\">" + place + "</a>的后续报道。");
        }
        if (!image.isEmpty()) {
            paragraphs.add(1, "<img src=\"" + image + "\" alt=\"\" width=\"600\" height=\"400\" border=\"0\" />");
        }
        if (plan.paragraphTags()) {
            return String.join("\n", paragraphs.stream().map(p -> "<p>" + p + "</p>").toList());
        }
        return String.join("<br />\n<br />\n", paragraphs);
    }

    private static String summary(ArticlePage first) {
        String text = first.html().replaceAll("<[^>]*>", "").replace("\n", "");
        return text.substring(0, Math.min(70, text.length())) + " ...";
    }

    private List<Integer> reactions(ArticlePlan plan) {
        List<Integer> counts = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            counts.add(plan.reactions() ? (k == 0 ? 1 : 0) + random.nextInt(6) : 0);
        }
        return counts;
    }

    private String uniqueTitle() {
        String title = PhraseBook.title(random);
        for (int i = 0; i < 20 && titles.contains(title); i++) {
            title = PhraseBook.title(random);
        }
        titles.add(title);
        return title;
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
