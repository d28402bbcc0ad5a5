package dev.fenghuang.tui;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Reaction;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A site of records made up for edge cases: any article the test puts in, everything else refused. */
public final class FakeSite implements SiteReads {
    static final Category CATEGORY = new Category(7, "测试");
    public final Map<Long, Article> articles = new HashMap<>();
    /** How many of the next list reads the site refuses, and with what words. */
    int listFailures;
    String refusal = "抱歉，本栏目暂时关闭";
    /** Times {@link #prepareToRead} was called; what it does besides counting (nothing unless set). */
    final java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();
    volatile Runnable onPrepare = () -> { };
    /** When set, an article read waits for it to open (up to 10 s). */
    volatile java.util.concurrent.CountDownLatch articleGate;

    public static Article article(long aid, String title, List<String> paragraphs, List<Comment> comments) {
        return Article.builder().aid(aid).url("http://fake.example/portal.php?mod=view&aid=" + aid).title(title)
                .category(CATEGORY).breadcrumb(List.of(CATEGORY)).published(LocalDateTime.of(2024, 5, 1, 8, 30))
                .publisher(new Person(3, "编辑")).views(12).commentCount(comments.size()).paragraphs(paragraphs)
                .reactions(List.of(new Reaction(1, "鲜花", 2), new Reaction(2, "握手", 1))).comments(comments)
                .commentsOpen(true).build();
    }

    public static List<Comment> comments(int n) {
        List<Comment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Comment(i + 1, new Person(i, "网友" + i), LocalDateTime.of(2024, 5, 2, 9, 0),
                    "第" + i + "条评论，说得好。", i % 10 == 0 ? "引用的话" : null, false));
        }
        return out;
    }

    public PortalReader reader(Path home) {
        return DemoReader.over(this, home);
    }

    @Override
    public List<Section> discoverSections() {
        return List.of(new Section(CATEGORY.id(), CATEGORY.name(), List.of()));
    }

    @Override
    public ArticleList list(int catid, int page) throws SiteRefused {
        if (listFailures > 0) {
            listFailures--;
            throw new SiteRefused(new SiteMessage(refusal, SiteMessage.Kind.OTHER));
        }
        List<ArticleSummary> all = articles.values().stream().map(a -> new ArticleSummary(a.aid(), a.url(),
                a.title(), a.published(), "", null, null)).toList();
        return new ArticleList(CATEGORY, List.of(CATEGORY), 1, 1, all, List.of(), List.of());
    }

    @Override
    public void prepareToRead() {
        prepared.incrementAndGet();
        onPrepare.run();
    }

    @Override
    public Article article(long aid, int page) throws SiteRefused {
        java.util.concurrent.CountDownLatch gate = articleGate;
        if (gate != null) {
            try {
                gate.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Article a = articles.get(aid);
        if (a == null) {
            throw new SiteRefused(new SiteMessage("抱歉，您指定要查看的文章不存在或正在审核", SiteMessage.Kind.NOT_FOUND));
        }
        return a;
    }

    @Override
    public CommentList comments(long aid, int page) throws SiteRefused {
        Article a = article(aid, 1);
        int from = (page - 1) * 25;
        List<Comment> slice = a.comments().subList(Math.min(from, a.comments().size()),
                Math.min(from + 25, a.comments().size()));
        return new CommentList(aid, a.title(), a.comments().size(), page,
                Math.max(1, (a.comments().size() + 24) / 25), slice, 0);
    }
}
