package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lasting store seen from the command line: each run a new reader, as a script runs them one after another. */
class StoreCommandsTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), env));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] full = Stream.concat(Stream.of("--site", portal.baseUrl().toString()), Stream.of(args))
                .toArray(String[]::new);
        return new Run(cmd.execute(full), out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    private Path storeFile() {
        String key = "127.0.0.1_" + portal.baseUrl().getPort();
        return XdgDirs.from(Map.of(), home.toString()).cache().resolve("sites").resolve(key).resolve("store.sqlite");
    }

    private void settings(String text) throws IOException {
        Path config = XdgDirs.from(Map.of(), home.toString()).config();
        Files.createDirectories(config);
        Files.writeString(config.resolve("fenghuang.properties"), text);
    }

    @Test
    void aSecondRunOfReadListAndCommentsAsksTheSiteNothingWhileFresh() {
        List<String[]> commands = List.of(new String[] {"read", "1"}, new String[] {"list", "2"},
                new String[] {"comments", "1"}, new String[] {"read", "8", "--json"});
        List<String> first = commands.stream().map(c -> ok(c).out()).toList();
        long before = portal.requestCount();
        List<String> second = commands.stream().map(c -> ok(c).out()).toList();
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
        assertThat(second).isEqualTo(first);
    }

    /**
     * The built-in demo portal starts new every run: a page stored from an earlier run's portal (with a comment written
     * there) would show this portal what it never had, so nothing is stored for it.
     */
    @Test
    void theBuiltInDemoPortalKeepsNoStore() {
        for (int i = 0; i < 2; i++) {
            StringWriter out = new StringWriter();
            var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), env));
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(new StringWriter()));
            assertThat(cmd.execute("--demo", "read", "1")).isZero();
            assertThat(out.toString()).isNotBlank();
        }
        Path sites = XdgDirs.from(Map.of(), home.toString()).cache().resolve("sites");
        assertThat(sites.resolve("demo").resolve("store.sqlite")).doesNotExist();
    }

    @Test
    void withTheStoreTurnedOffEveryRunAsksTheSite() throws IOException {
        settings("store.enabled = false\n");
        ok("read", "1");
        long before = portal.requestCount();
        ok("read", "1");
        assertThat(portal.requestCount() - before).isEqualTo(1);
        assertThat(storeFile()).doesNotExist();
    }

    @Test
    void theStoreIsTheOwnersAloneAndHoldsNoFormHash() throws IOException {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("read", "8");
        ok("comments", "8");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(storeFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(storeFile().getParent())))
                .isEqualTo("rwx------");
        String cookies = Files.readString(XdgDirs.from(Map.of(), home.toString()).state()
                .resolve("sites/127.0.0.1_" + portal.baseUrl().getPort() + "/accounts/default/cookies"));
        String bytes = storeBytes();
        assertThat(bytes).doesNotContainIgnoringCase("formhash");
        for (String line : cookies.split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length > 6 && fields[6].length() > 8) {
                assertThat(bytes).as("a cookie value").doesNotContain(fields[6]);
            }
        }
    }

    private String storeBytes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String suffix : new String[] {"", "-wal"}) {
            Path f = Path.of(storeFile() + suffix);
            if (Files.exists(f)) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void aCommentDropsTheArticlesPagesFromTheStoreAndNothingElse() {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("read", "8");
        ok("comments", "8");
        ok("read", "1");
        String text = "存储之后的评论 " + System.nanoTime();
        ok("comment", "8", "--message", text);
        long before = portal.requestCount();
        assertThat(ok("comments", "8").out()).contains(text);
        assertThat(ok("read", "8").out()).contains(text);
        assertThat(portal.requestCount() - before).isEqualTo(2);
        ok("read", "1");
        assertThat(portal.requestCount() - before).as("article 1 still comes from the store").isEqualTo(2);
    }

    @Test
    void aForumReplyDropsItsThreadsPagesAndItsBoardFromTheStore() {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("thread", "1", "--page", "7");
        ok("board", "2");
        ok("read", "1");
        String text = "存储之后的回复 " + System.nanoTime();
        ok("reply", "1", "--message", text);
        long before = portal.requestCount();
        assertThat(ok("thread", "1", "--page", "7").out()).contains(text);
        ok("board", "2");
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isEqualTo(2);
        ok("read", "1");
        assertThat(portal.requestCount() - before).as("article 1 still comes from the store").isEqualTo(2);
    }

    @Test
    void aDamagedStoreIsSetAsideSaidOnceAndTheCommandStillWorks() throws IOException {
        Files.createDirectories(storeFile().getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        byte[] junk = new byte[32 * 1024];
        new Random(11).nextBytes(junk);
        Files.write(storeFile(), junk);
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(said, true, StandardCharsets.UTF_8)); // where main says it
        Run r;
        try {
            r = ok("read", "1");
        } finally {
            System.setErr(stderr);
        }
        assertThat(r.out()).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        assertThat(said.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("fenghuang: ")).toList())
                .singleElement().asString().contains("damaged").contains("set aside");
        try (Stream<Path> files = Files.list(storeFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("store.sqlite.corrupt-"));
        }
        Run next = ok("read", "1");
        assertThat(next.err()).isEmpty();
        long before = portal.requestCount();
        ok("read", "1");
        assertThat(portal.requestCount()).as("the new store keeps the page").isEqualTo(before);
    }
}
