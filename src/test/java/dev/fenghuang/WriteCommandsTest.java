package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The write commands against the demo portal, as a script would run them, in UTF-8 and GBK. */
class WriteCommandsTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).run(args);
    }

    private void start(String charset) {
        portal = DemoPortal.start(charset.equals("gbk") ? DemoOptions.builder().gbk().build() : DemoOptions.defaults());
    }

    private Run login(String user, String password, String... more) {
        env.put("FENGHUANG_PASSWORD", password);
        try {
            return run(Stream.concat(Stream.of("login", "--username", user), Stream.of(more)).toArray(String[]::new));
        } finally {
            env.remove("FENGHUANG_PASSWORD");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void signsInKeepsTheSessionPrivateAndSignsOut(String charset) throws Exception {
        start(charset);
        Run in = login("reader1", "reader123");
        assertThat(in.exitCode()).as(in.err()).isZero();
        assertThat(in.out()).contains("reader1");

        Run who = run("whoami", "--json");
        assertThat(who.json().get("name").getAsString()).isEqualTo("reader1");
        assertThat(who.json().get("guest").getAsBoolean()).isFalse();
        Run again = login("reader1", "not-checked", "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.json().get("outcome").getAsString()).isEqualTo("alreadySignedIn");

        List<Path> jars;
        try (Stream<Path> files = Files.walk(home)) {
            jars = files.filter(f -> f.getFileName().toString().equals("cookies")).toList();
        }
        assertThat(jars).hasSize(1);
        assertThat(Files.getPosixFilePermissions(jars.get(0)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(jars.get(0))).doesNotContain("reader123");

        Run out = run("logout", "--json");
        assertThat(out.exitCode()).isZero();
        assertThat(out.json().get("outcome").getAsString()).isEqualTo("signedOut");
        assertThat(out.json().get("accepted").getAsBoolean()).isTrue();
        assertThat(jars.get(0)).doesNotExist();
        assertThat(run("whoami", "--json").json().get("guest").getAsBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aWrongPasswordSaysHowManyTriesAreLeft(String charset) {
        start(charset);
        Run r = login("reader1", "wrong", "--json");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.json().get("message").getAsString()).isEqualTo("登录失败，您还可以尝试 4 次");
        assertThat(r.json().getAsJsonObject("values").get("loginperm").getAsString()).isEqualTo("4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void anAccountWithASecurityQuestionNeedsItsAnswer(String charset) {
        start(charset);
        Run without = login("reader2", "reader234", "--json");
        assertThat(without.exitCode()).isEqualTo(3);
        assertThat(without.json().get("message").getAsString()).isEqualTo("请选择安全提问以及填写正确的答案");
        // Without a terminal to ask at, the user is told how to give the question (the answer comes as a secret).
        Run told = login("reader2", "reader234");
        assertThat(told.exitCode()).isEqualTo(3);
        assertThat(told.err()).contains("--question N").contains("1 母亲的名字").contains("FENGHUANG_ANSWER");
        env.put("FENGHUANG_ANSWER", "王芳");
        Run with = login("reader2", "reader234", "--question", "1");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(run("whoami", "--json").json().get("name").getAsString()).isEqualTo("reader2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void postsACommentThatThenShowsAndRefusesASecondTooSoon(String charset) {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        String text = "渠县的同志们辛苦了——“巾帼脱贫”·第二期 " + charset;
        Run posted = run("comment", "8", "--message", text, "--json");
        assertThat(posted.exitCode()).as(posted.out() + posted.err()).isZero();
        assertThat(posted.json().get("accepted").getAsBoolean()).isTrue();

        JsonObject read = run("read", "8", "--json").json();
        JsonObject mine = null;
        for (var c : read.getAsJsonArray("comments")) {
            if (c.getAsJsonObject().get("text").getAsString().equals(text)) {
                mine = c.getAsJsonObject();
            }
        }
        assertThat(mine).as("the comment comes back intact").isNotNull();
        assertThat(mine.getAsJsonObject("author").get("name").getAsString()).isEqualTo("reader1");

        Run tooSoon = run("comment", "8", "--message", "再来一条", "--json");
        assertThat(tooSoon.exitCode()).isEqualTo(3);
        assertThat(tooSoon.json().get("kind").getAsString()).isEqualTo("too_fast");
        assertThat(tooSoon.json().get("message").getAsString()).startsWith("抱歉，两次发布操作太快，请等待");
        Run draft = run("comment", "8", "--draft", "--json");
        assertThat(draft.out() + draft.err()).contains("两次发布操作太快");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aCommentLongerThanTheSiteKeepsIsRefusedBeforeItIsSavedOrSent(String charset) throws Exception {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        long before = portal.requestCount();
        Run tooLong = run("comment", "8", "--message", "长".repeat(500) + "!");
        assertThat(tooLong.exitCode()).as(tooLong.err()).isEqualTo(2);
        assertThat(tooLong.err()).contains("1001").contains("1000");
        assertThat(portal.requestCount()).as("nothing was sent").isEqualTo(before);
        assertThat(draftFiles()).as("nothing was saved").isEmpty();
        Run fits = run("comment", "8", "--message", "长".repeat(500));
        assertThat(fits.exitCode()).as(fits.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void keepsEveryRefusedTextAndSendsTheDraftNamed(String charset) throws Exception {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        portal.expireSessions();
        assertThat(run("comment", "8", "--message", "第一条草稿").exitCode()).isEqualTo(4);
        assertThat(run("comment", "8", "--message", "第二条草稿").exitCode()).isEqualTo(4);
        Run ambiguous = run("comment", "8", "--draft");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("1.").contains("第一条草稿").contains("2.").contains("第二条草稿");

        assertThat(login("reader1", "reader123").exitCode()).isZero();
        Run first = run("comment", "8", "--draft=1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        portal.advanceClock(java.time.Duration.ofSeconds(16));
        Run only = run("comment", "8", "--draft");
        assertThat(only.exitCode()).as(only.err()).isZero();
        assertThat(run("comment", "8", "--draft").exitCode()).as("none left").isEqualTo(1);
        String comments = run("comments", "8").out();
        assertThat(comments).contains("第一条草稿").contains("第二条草稿");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aDraftKeptTooLongByTheReaderIsNotSent(String charset) throws Exception {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        try (var session = new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(),
                false, null)) {
            session.participation().drafts().save(8, "长".repeat(501));
        }
        long before = portal.requestCount();
        Run r = run("comment", "8", "--draft");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("1002");
        assertThat(portal.requestCount()).isEqualTo(before);
        assertThat(draftFiles()).as("the draft stays").hasSize(1);
    }

    private List<Path> draftFiles() throws java.io.IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(f -> f.getParent().getFileName().toString().equals("drafts")).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aGuestIsToldToSignIn(String charset) {
        start(charset);
        Run r = run("comment", "8", "--message", "游客的评论");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gbk"})
    void refusesCharactersTheSiteCharsetCannotCarryBeforeSending(String charset) {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        long before = portal.requestCount();
        Run r = run("comment", "8", "--message", "点赞😀");
        assertThat(r.exitCode()).as("checked here and nothing sent: an input error, not the site's refusal")
                .isEqualTo(2);
        assertThat(r.err()).contains("😀").contains("GBK");
        assertThat(portal.requestLog().subList((int) before, portal.requestLog().size()))
                .noneMatch(line -> line.contains("ac=comment") && !line.contains("op="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void reactsOnceByNameOrPositionAndTheCountShows(String charset) {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        Run first = run("react", "1", "握手", "--json");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        JsonObject article = run("read", "1", "--json").json();
        assertThat(article.getAsJsonArray("reactions")).anySatisfy(r -> {
            assertThat(r.getAsJsonObject().get("name").getAsString()).isEqualTo("握手");
            assertThat(r.getAsJsonObject().get("count").getAsInt()).isEqualTo(1);
        });
        Run again = run("react", "1", "1", "--json");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.json().get("message").getAsString()).isEqualTo("您已表过态");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void thePublisherCannotReactToTheirOwnArticle(String charset) {
        start(charset);
        assertThat(login("归来", "guilai123").exitCode()).isZero();
        Run own = run("react", "1", "鲜花", "--json");
        assertThat(own.exitCode()).isEqualTo(3);
        assertThat(own.json().get("message").getAsString()).isEqualTo("您不能给自己表态");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void keepsFavouritesAddListRemove(String charset) {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        assertThat(run("favorite", "add", "1").exitCode()).isZero();
        Run repeat = run("favorite", "add", "1", "--json");
        assertThat(repeat.exitCode()).as("already a favourite: what was asked is so").isZero();
        assertThat(repeat.json().get("outcome").getAsString()).isEqualTo("already");
        assertThat(repeat.json().get("message").getAsString()).isEqualTo("抱歉，您已收藏，请勿重复收藏");
        Run again = run("favorite", "add", "1");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already among your favourites").contains("请勿重复收藏");
        Run list = run("favorite", "list", "--json");
        assertThat(list.json().getAsJsonArray("favorites")).anySatisfy(f ->
                assertThat(f.getAsJsonObject().get("aid").getAsLong()).isEqualTo(1));
        assertThat(run("favorite", "remove", "1").exitCode()).isZero();
        assertThat(run("favorite", "list", "--json").json().getAsJsonArray("favorites")).isEmpty();
        assertThat(run("favorite", "remove", "1").exitCode()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void signsInWithABrowsersCookiesWhenTheLoginCannotBePassedHere(String charset) throws Exception {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        Path jar;
        try (Stream<Path> files = Files.walk(home)) {
            jar = files.filter(f -> f.getFileName().toString().equals("cookies")).findFirst().orElseThrow();
        }
        String header = dev.fenghuang.http.CookieFile.open(jar).getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));

        env.put("FENGHUANG_COOKIE", header);
        Run imported = run("--account", "browser", "login", "--cookie");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("reader1");
        assertThat(run("--account", "browser", "whoami", "--json").json().get("name").getAsString())
                .isEqualTo("reader1");
        env.put("FENGHUANG_COOKIE", "xx_2132_auth=nothing; xx_2132_saltkey=abcdefgh");
        Run stale = run("--account", "stale", "login", "--cookie");
        assertThat(stale.exitCode()).isEqualTo(4);
        assertThat(run("login").exitCode()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void editsAndDeletesItsOwnComment(String charset) {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        assertThat(run("comment", "8", "--message", "原来的评论").exitCode()).isZero();
        long cid = 0;
        for (var c : run("read", "8", "--json").json().getAsJsonArray("comments")) {
            if (c.getAsJsonObject().get("text").getAsString().equals("原来的评论")) {
                cid = c.getAsJsonObject().get("cid").getAsLong();
            }
        }
        assertThat(cid).isPositive();
        Run edited = run("comment", "edit", String.valueOf(cid), "--message", "改过的评论——“好”", "--json");
        assertThat(edited.exitCode()).as(edited.out() + edited.err()).isZero();
        assertThat(run("read", "8", "--json").out()).contains("改过的评论——“好”").doesNotContain("原来的评论");
        Run deleted = run("comment", "delete", String.valueOf(cid), "--json");
        assertThat(deleted.exitCode()).isZero();
        assertThat(run("read", "8", "--json").out()).doesNotContain("改过的评论");
        Run again = run("comment", "delete", String.valueOf(cid), "--json");
        assertThat(again.exitCode()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne(String charset) {
        start(charset);
        for (int tries = 4; tries >= 1; tries--) {
            assertThat(login("reader1", "wrong", "--json").json().get("message").getAsString())
                    .isEqualTo("登录失败，您还可以尝试 " + tries + " 次");
        }
        Run fifth = login("reader1", "wrong", "--json");
        assertThat(fifth.json().get("message").getAsString()).isEqualTo("密码错误次数过多，请 15 分钟后重新登录");
        Run right = login("reader1", "reader123", "--json");
        assertThat(right.exitCode()).isEqualTo(3);
        assertThat(right.json().get("message").getAsString()).isEqualTo("密码错误次数过多，请 15 分钟后重新登录");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void signingInAsSomeoneElseOnASignedInAccountSaysSo(String charset) {
        start(charset);
        assertThat(login("reader1", "reader123").exitCode()).isZero();
        assertThat(login("reader1", "reader123").out()).contains("reader1");
        Run other = login("reader2", "reader234");
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("reader1").contains("--account");
        env.put("FENGHUANG_ANSWER", "王芳");
        assertThat(login("reader2", "reader234", "--question", "1").exitCode()).isEqualTo(1);
    }
}
