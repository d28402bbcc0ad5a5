package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forum tab's R and Q wired to the application: a reply reaches the demo portal once and shows on its floor. */
class ForumReplyFromTheReaderTest {
    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = WriteScreens.demo(home);
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester signedInThread() throws Exception {
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80,
                24, new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("L");
        WriteScreens.signIn(t, "reader1", "reader123");
        t.press("Tab", ":").type("1");
        return t;
    }

    @Test
    void aReplyIsPostedOnceShownOnTheLastPageAndItsDraftGone() throws Exception {
        try (ScreenTester t = signedInThread()) {
            t.press("R");
            t.write("从阅读器回复一次");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("回复已发表");
            assertThat(t.text()).contains("从阅读器回复一次");
            long copies = demo.session().forum().lastPage(1).floors().stream()
                    .filter(f -> f.blocks().toString().contains("从阅读器回复一次")).count();
            assertThat(copies).isEqualTo(1);
            try (Stream<Path> files = Files.walk(home)) {
                assertThat(files.filter(f -> f.toString().contains("draft")).filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    @Test
    void aCensoredReplyIsToldAsHeldForModeration() throws Exception {
        try (ScreenTester t = signedInThread()) {
            t.press("R");
            t.write("这段回复含审核测试");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("审核");
        }
    }
}
