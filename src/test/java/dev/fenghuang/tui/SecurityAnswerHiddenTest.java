package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security answer is a secret like the password: typed into the sign-in form, never drawn. */
class SecurityAnswerHiddenTest {
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
    void theAnswerIsNeverShownButStillSent() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 100, 30)) {
            t.press("L").write("reader2").press("Tab").write("reader234").press("Tab").press("ArrowRight");
            t.press("Tab").write("王芳");
            assertThat(t.text()).doesNotContain("王芳").contains("（已输入，不显示）");
            t.press("Enter");
            assertThat(t.status()).startsWith("[reader2]");
        }
    }
}
