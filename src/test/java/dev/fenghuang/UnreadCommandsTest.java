package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read and unread from the command line: each run a new process, the marks in the site's store per account. */
class UnreadCommandsTest {
    private static final int CATID = 2;

    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Run ok(String... args) {
        Run r = CliRun.on(portal.baseUrl(), home).lang("en").env(env).run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /** The listed articles of the category's first page, by aid, as {@code list --json} gives them. */
    private Map<Long, JsonObject> listed(String... account) {
        String[] args = Stream.concat(Stream.of(account), Stream.of("list", String.valueOf(CATID), "--json"))
                .toArray(String[]::new);
        JsonArray articles = ok(args).json().getAsJsonArray("articles");
        Map<Long, JsonObject> byAid = new java.util.LinkedHashMap<>();
        for (JsonElement e : articles) {
            byAid.put(e.getAsJsonObject().get("aid").getAsLong(), e.getAsJsonObject());
        }
        return byAid;
    }

    private long firstListed() {
        return listed().keySet().iterator().next();
    }

    private void commentAsAnotherAccount(long aid, String text) {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("--account", "poster", "login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("--account", "poster", "comment", String.valueOf(aid), "--message", text);
    }

    private static List<Long> aids(String listText) {
        return listText.lines().map(String::strip).filter(l -> l.matches("^\\*?\\s*\\d+\\s.*"))
                .map(l -> Long.parseLong(l.replace("*", "").strip().split("\\s+")[0])).toList();
    }

    @Test
    void everyListedArticleIsUnreadUntilReadAndReadThen() {
        Map<Long, JsonObject> before = listed();
        assertThat(before.values()).allSatisfy(a -> {
            assertThat(a.get("read").getAsBoolean()).isFalse();
            assertThat(a.get("newComments").getAsInt()).isZero();
        });
        long aid = before.keySet().iterator().next();
        ok("read", String.valueOf(aid));
        Map<Long, JsonObject> after = listed();
        assertThat(after.get(aid).get("read").getAsBoolean()).isTrue();
        assertThat(after.get(aid).get("newComments").getAsInt()).isZero();
        assertThat(after.values().stream().filter(a -> a.get("read").getAsBoolean())).hasSize(1);
    }

    @Test
    void theTextListMarksTheUnreadAndListUnreadLeavesOutTheRead() {
        long aid = firstListed();
        ok("read", String.valueOf(aid));
        String all = ok("list", String.valueOf(CATID)).out();
        assertThat(all.lines().filter(l -> l.startsWith("*"))).hasSize(listed().size() - 1);
        assertThat(aids(all)).contains(aid);
        String unread = ok("list", String.valueOf(CATID), "--unread").out();
        assertThat(aids(unread)).doesNotContain(aid).hasSize(listed().size() - 1);
    }

    @Test
    void unreadCountsChangeAsCommentsArrive() {
        long aid = firstListed();
        ok("read", String.valueOf(aid));
        commentAsAnotherAccount(aid, "来自另一个账号的评论，看看未读数");
        assertThat(listed().get(aid).get("newComments").getAsInt()).isEqualTo(1);
        assertThat(ok("list", String.valueOf(CATID)).out()).contains("1 new comment");
        assertThat(aids(ok("list", String.valueOf(CATID), "--unread").out())).contains(aid);

        JsonObject reread = ok("read", String.valueOf(aid), "--json").json();
        assertThat(reread.get("read").getAsBoolean()).isTrue();
        assertThat(reread.get("newComments").getAsInt()).as("new since the last read").isEqualTo(1);
        assertThat(listed().get(aid).get("newComments").getAsInt()).isZero();
        assertThat(aids(ok("list", String.valueOf(CATID), "--unread").out())).doesNotContain(aid);
    }

    @Test
    void theAccountsOwnCommentIsNotANewComment() {
        long aid = firstListed();
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("--account", "me", "login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("--account", "me", "read", String.valueOf(aid));
        ok("--account", "me", "comment", String.valueOf(aid), "--message", "我自己的评论不算新评论");
        assertThat(listed("--account", "me").get(aid).get("newComments").getAsInt()).isZero();
    }

    @Test
    void readJsonSaysTheArticleIsReadNowWithNoNewCommentsOnAFirstRead() {
        long aid = firstListed();
        JsonObject first = ok("read", String.valueOf(aid), "--json").json();
        assertThat(first.get("read").getAsBoolean()).isTrue();
        assertThat(first.get("newComments").getAsInt()).isZero();
        assertThat(listed().get(aid).get("read").getAsBoolean()).isTrue();
    }

    @Test
    void oneAccountsMarksAreNotAnothers() {
        long aid = firstListed();
        ok("--account", "reader1", "read", String.valueOf(aid));
        assertThat(listed("--account", "reader1").get(aid).get("read").getAsBoolean()).isTrue();
        assertThat(listed("--account", "reader2").get(aid).get("read").getAsBoolean()).isFalse();
        assertThat(listed().get(aid).get("read").getAsBoolean()).isFalse();
    }

    @Test
    void withoutTheStoreMarksLastOnlyTheRun() throws IOException {
        Path config = XdgDirs.from(Map.of(), home.toString()).config();
        Files.createDirectories(config);
        Files.writeString(config.resolve("fenghuang.properties"), "store.enabled = false\n");
        long aid = firstListed();
        ok("read", String.valueOf(aid));
        assertThat(listed().get(aid).get("read").getAsBoolean()).as("a new run knows nothing read").isFalse();
    }

    @Test
    void listUnreadJsonHoldsOnlyTheUnread() {
        long aid = firstListed();
        ok("read", String.valueOf(aid));
        JsonArray unread = ok("list", String.valueOf(CATID), "--unread", "--json").json().getAsJsonArray("articles");
        assertThat(StreamSupport.stream(unread.spliterator(), false).map(e -> e.getAsJsonObject().get("aid")
                .getAsLong())).doesNotContain(aid).isNotEmpty();
    }
}
