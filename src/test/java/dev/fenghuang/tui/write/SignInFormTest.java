package dev.fenghuang.tui.write;

import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
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
