package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Reaction;
import dev.fenghuang.model.Section;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's last line of defence: records that still hold raw escape sequences (as if a parser had missed a field)
 * are printed, plain and as JSON, without one byte of them.
 */
class RawOutputTest {
    static final String EVIL = "\u001B]52;c;ZWNobyBvd25lZA==\u0007\u001B[2J\u009B31m\u202E\u200B\u0085";

    @TempDir
    Path home;

    private final SiteReads raw = new SiteReads() {
        private final Category category = new Category(7, "测试" + EVIL);

        @Override
        public List<Section> discoverSections() {
            return List.of(new Section(7, "测试" + EVIL, List.of()));
        }

        @Override
        public ArticleList list(int catid, int page) {
            return new ArticleList(category, List.of(category), 1, 1, List.of(new ArticleSummary(1,
                    "http://x.example/" + EVIL, "标题" + EVIL, LocalDateTime.of(2024, 5, 1, 8, 30), "摘要" + EVIL,
                    null, null)), List.of(), List.of());
        }

        @Override
        public Article article(long aid, int page) {
            List<Comment> comments = List.of(new Comment(1, new Person(2, "网友" + EVIL),
                    LocalDateTime.of(2024, 5, 2, 9, 0), "评论" + EVIL, "引用" + EVIL, false));
            return new Article(aid, "http://x.example/" + EVIL, "标题" + EVIL, category, List.of(category),
                    LocalDateTime.of(2024, 5, 1, 8, 30), new Person(3, "编辑" + EVIL), 12, 1, "作者" + EVIL,
                    "来源" + EVIL, "摘要" + EVIL, List.of("正文" + EVIL),
                    List.of(new Image("http://x.example/i.jpg" + EVIL, "图" + EVIL, 0)),
                    List.of(new Link("http://evil.example/" + EVIL, "链接" + EVIL, 0)), 1, 1, null,
                    List.of(new Reaction(1, "鲜花" + EVIL, 2)), comments, 0, true);
        }

        @Override
        public CommentList comments(long aid, int page) {
            Article a = article(aid, 1);
            return new CommentList(aid, a.title(), 1, 1, 1, a.comments(), 0);
        }
    };

    private final Launcher launcher = new Launcher() {
        @Override
        public PortalReader open(String site, boolean demo) {
            return DemoReader.over(raw, home);
        }

        @Override
        public PortalSession session(String site, boolean demo, String account) {
            throw new UnsupportedOperationException("reads only");
        }

        @Override
        public int runTui(String site, boolean demo, String account, Long openAid, String lang) {
            throw new UnsupportedOperationException("reads only");
        }

        @Override
        public RunningDemo startDemo(int port, String charset, boolean hostile) {
            throw new UnsupportedOperationException("reads only");
        }
    };

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(launcher, args);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute(args)).as(err.toString()).isZero();
        return out + err.toString();
    }

    @Test
    void plainOutputCarriesNoByteOfAnEscapeFromAnyField() {
        for (String[] args : List.of(new String[] {"sections"}, new String[] {"list", "7"},
                new String[] {"read", "1"}, new String[] {"comments", "1"})) {
            String out = run(args);
            assertThat(EscapeScan.inBytes(out.getBytes(StandardCharsets.UTF_8))).as(out).isEmpty();
            assertThat(out).containsAnyOf("测试", "标题");
        }
        assertThat(run("read", "1")).contains("http://evil.example/", "链接", "正文", "网友");
    }

    @Test
    void jsonStringsCarryNoEscapeEvenWhenDecoded() {
        for (String[] args : List.of(new String[] {"sections", "--json"}, new String[] {"list", "7", "--json"},
                new String[] {"read", "1", "--json"}, new String[] {"comments", "1", "--json"})) {
            String out = run(args);
            assertThat(EscapeScan.inBytes(out.getBytes(StandardCharsets.UTF_8))).as(out).isEmpty();
            assertThat(EscapeScan.inJson(out)).as(out).isEmpty();
        }
    }
}
