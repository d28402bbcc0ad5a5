package dev.fenghuang.tui.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.WriteScreens;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comment written in the reader working offline: refused before any request, the editor and a draft keep it. */
class OfflineCommentTest {
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

    @Test
    void aCommentOfflineIsRefusedAndKeptInTheEditorAndAsADraft() throws Exception {
        try (ScreenTester online = WriteScreens.article(demo, 80, 24)) {
            online.press("L");
            WriteScreens.signIn(online, "reader1", "reader123");
            assertThat(online.status()).startsWith("[reader1]");
        }
        demo.session().reader().sections(false); // stored as the member who reads them offline
        demo.session().reader().article(1, 1, false);
        long before = demo.requestCount();
        try (PortalSession offline = demo.offline(home);
             ScreenTester t = new ScreenTester(offline, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L),
                     80, 24, new ExternalEditor("false"))) {
            assertThat(t.text()).contains(WriteScreens.TITLE.substring(0, 10));
            t.press("C").write("离线时写的评论").press("Ctrl-s");
            assertThat(t.loop.layers().isEmpty()).as("the editor stays open").isFalse();
            assertThat(t.text()).contains("离线时写的评论").contains("离线：没有发送任何内容");
            assertThat(offline.participation().drafts().newest(1).map(d -> d.text())).hasValue("离线时写的评论");
            assertThat(demo.requestCount() - before).isZero();
        }
    }
}
