package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What becomes of the kept drafts when a comment is posted, refused for a while, or refused for good. */
class DraftsAfterPostTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("login", "--username", "reader1").exitCode()).isZero();
        env.remove("FENGHUANG_PASSWORD");
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).stdin(stdin).run(args);
    }

    @Test
    void postingATextRemovesTheDraftsKeptOfTheSameTextAndNoOther() throws Exception {
        assertThat(run("comment", "8", "--message", "先发一条").exitCode()).isZero();
        stdin = "同一段话\n";
        Run tooSoon = run("comment", "2");
        assertThat(tooSoon.exitCode()).isEqualTo(3);
        assertThat(tooSoon.err()).as("names the article, not a placeholder")
                .contains("fenghuang comment 2 --draft").doesNotContain("AID");
        stdin = "另一段话\n";
        assertThat(run("comment", "2").exitCode()).isEqualTo(3);
        assertThat(drafts(2)).hasSize(2);

        portal.advanceClock(Duration.ofSeconds(16));
        stdin = "同一段话\n";
        Run posted = run("comment", "2");
        assertThat(posted.exitCode()).as(posted.err()).isZero();
        assertThat(portal.commentsWithText(2, "同一段话")).isEqualTo(1);
        List<String> left = drafts(2).stream().map(DraftsAfterPostTest::text).toList();
        assertThat(left).as("the posted text is kept no more; the other text is").containsExactly("另一段话");
    }

    @Test
    void aMessageRefusedForGoodIsNotKeptAndTheUserIsToldSo() throws Exception {
        Run r = run("comment", "6", "--message", "hi");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(drafts(6)).as("the text is on the command line: nothing to keep").isEmpty();
        assertThat(r.err()).contains("not kept").doesNotContain("--draft sends it");
    }

    @Test
    void standardInputRefusedForGoodIsKeptAndTheUserIsToldARetryWillNotPass() throws Exception {
        stdin = "写给关闭评论的文章\n";
        Run r = run("comment", "6");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(drafts(6)).hasSize(1);
        assertThat(r.err()).contains("kept as a draft").contains("a retry will not pass")
                .contains(drafts(6).get(0).toString()).doesNotContain("--draft sends it");
    }

    private List<Path> drafts(long aid) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(f -> f.getParent().getFileName().toString().equals("drafts"))
                    .filter(f -> f.getFileName().toString().matches("article-" + aid + "-.*\\.txt")).toList();
        }
    }

    private static String text(Path draft) {
        try {
            return Files.readString(draft, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
