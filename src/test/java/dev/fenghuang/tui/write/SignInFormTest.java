package dev.fenghuang.tui.write;

import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.tui.HeldWorker;
import dev.fenghuang.tui.TuiOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form on a virtual terminal against the demo portal. */
class SignInFormTest {
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
    void signsInFromTheFormAndNamesTheMemberInTheStatusBar() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            assertThat(t.status()).startsWith("[游客]");
            t.press("L");
            assertThat(t.text()).contains("用户名").contains("密码").contains("保持登录");
            WriteScreens.signIn(t, "reader1", "reader123");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            assertThat(t.status()).startsWith("[reader1]").contains("已登录：reader1");
            assertThat(t.text()).doesNotContain("reader123");
        }
    }

    /** A terminal delivers an emoji as two surrogate halves: the name field keeps it whole. */
    @Test
    void anEmojiTypedInTheNameFieldIsKeptWhole() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            t.write("读者😀一");
            assertThat(t.text()).contains("读者").contains("一").doesNotContain("\uFFFD");
        }
    }

    /**
     * On a slow link the name and password can be typed and sent before the form's own read is back. The TUI has
     * two workers, so the sign-in could overtake that read, fetch a second form, and race the first for the
     * account's remembered form (CI saw "internal error: NullPointerException"). The sign-in waits for the form the
     * user is looking at and answers it: one form read, one sign-in, no error.
     */
    @Test
    void aSignInSentBeforeTheFormIsReadWaitsForItAndAnswersThatForm() throws Exception {
        HeldWorker worker = new HeldWorker();
        try (ScreenTester t = ScreenTester.onWorker(demo.session(), TuiOptions.defaults().withLanguage("zh"), 80, 24,
                worker)) {
            worker.runAll();
            t.settle();
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            worker.runAllNewestFirst();
            t.settle();
            worker.runAll();
            t.settle();
            worker.runAll();
            t.settle();
            assertThat(t.text()).doesNotContain("internal error").doesNotContain("内部错误");
            assertThat(t.status()).startsWith("[reader1]");
            assertThat(demo.requestLog()).filteredOn(line -> line.contains("mod=logging") && line.contains("action=login")
                    && !line.contains("loginsubmit")).hasSize(1);
        }
    }


    @Test
    void neverShowsThePasswordAndWipesItWhenCancelled() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L").write("reader1").press("Tab").write("secret-pw");
            assertThat(t.text()).doesNotContain("secret-pw").contains("（已输入，不显示）");
            SignInForm form = (SignInForm) t.loop.layers().all().get(0);
            t.press("Escape");
            assertThat(new String(form.passwordBuffer().orElseThrow())).doesNotContain("s");
            assertThat(t.status()).contains("未登录");
        }
    }

    @Test
    void tellsAWrongPasswordInTheSitesWordsAndKeepsTheFormOpen() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "wrong");
            assertThat(t.text()).contains("登录失败");
            assertThat(t.loop.layers().isEmpty()).isFalse();
            t.write("reader123").press("Enter");
            assertThat(t.status()).startsWith("[reader1]");
        }
    }

    @Test
    void answersReader2sSecurityQuestionAt200x60() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 200, 60)) {
            t.press("L").write("reader2").press("Tab").write("reader234").press("Tab");
            assertThat(t.text()).contains("安全提问").contains("‹ 无 ›");
            t.press("ArrowRight");
            assertThat(t.text()).contains("母亲的名字");
            t.press("Tab").write("王芳").press("Enter");
            assertThat(t.status()).startsWith("[reader2]");
        }
    }

    @Test
    void withoutTheQuestionReader2IsToldWhatIsMissing() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader2", "reader234");
            assertThat(t.status()).startsWith("[游客]");
            assertThat(t.text()).contains("安全提问");
        }
    }

    @Test
    void signsOutAfterAQuestion() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("L");
            assertThat(t.status()).contains("退出登录 reader1？(y/n)");
            t.press("n");
            assertThat(t.status()).startsWith("[reader1]");
            t.press("L", "y");
            assertThat(t.status()).startsWith("[游客]");
        }
    }
}
