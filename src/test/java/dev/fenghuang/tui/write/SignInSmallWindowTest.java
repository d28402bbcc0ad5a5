package dev.fenghuang.tui.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.tui.text.StyledLine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form with a captcha in a small window: the picture fits, the focused field shows, a wrong code keeps the password. */
class SignInSmallWindowTest {
    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = DemoSession.open(home, DemoOptions.builder().captcha(true).build());
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester reader(int columns, int rows) throws Exception {
        return new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), columns, rows,
                new ExternalEditor("false"));
    }

    private static SignInForm form(ScreenTester t) {
        return (SignInForm) t.loop.layers().all().get(0);
    }

    @Test
    void theCaptchaIsDrawnForTheWindowsWidthNotCroppedAndAgainWhenItWidens() throws Exception {
        try (ScreenTester t = reader(40, 12)) {
            t.press("L").write("r");
            assertThat(form(t).pictureRows()).isNotEmpty();
            for (StyledLine row : form(t).pictureRows()) {
                assertThat(row.pictureRow().columns()).isLessThanOrEqualTo(40 - 4);
            }
            t.resize(80, 24);
            assertThat(form(t).pictureRows().get(0).pictureRow().columns()).isGreaterThan(40 - 4);
        }
    }

    @Test
    void theFocusedFieldIsOnScreenAt40By12() throws Exception {
        try (ScreenTester t = reader(40, 12)) {
            t.press("L").write("reader1").press("Tab").write("reader123");
            while (!form(t).focusIsCaptcha()) {
                t.press("Tab");
            }
            t.write("abcd");
            assertThat(t.text()).contains("abcd");
            t.press("Tab");
            assertThat(t.text()).contains("保持登录");
        }
    }

    @Test
    void aWrongCaptchaKeepsThePasswordTyped() throws Exception {
        try (ScreenTester t = reader(80, 24)) {
            t.press("L").write("reader1").press("Tab").write("reader123");
            while (!form(t).focusIsCaptcha()) {
                t.press("Tab");
            }
            t.write("zzzz").press("Enter");
            assertThat(t.text()).contains("验证码");
            assertThat(form(t).focusIsCaptcha()).isTrue();
            assertThat(new String(form(t).passwordBuffer().orElseThrow())).startsWith("reader123");
        }
    }
}
