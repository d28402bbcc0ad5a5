package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

    private StoreRig rig;

    @BeforeEach
    void start() {
        rig = new StoreRig(home);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aSecondRunOfReadListAndCommentsAsksTheSiteNothingWhileFresh() {
        List<String[]> commands = List.of(new String[] {"read", "1"}, new String[] {"list", "2"},
                new String[] {"comments", "1"}, new String[] {"read", "8", "--json"});
        List<String> first = commands.stream().map(c -> rig.ok(c).out()).toList();
        long before = rig.portal().requestCount();
        List<String> second = commands.stream().map(c -> rig.ok(c).out()).toList();
        assertThat(rig.portal().requestCount() - before).as(String.join("\n", rig.portal().requestLog())).isZero();
        assertThat(second).isEqualTo(first);
    }

    /**
     * The built-in demo portal starts new every run: a page stored from an earlier run's portal (with a comment written
     * there) would show this portal what it never had, so nothing is stored for it.
     */
    @Test
    void theBuiltInDemoPortalKeepsNoStore() {
        for (int i = 0; i < 2; i++) {
            CliRun.Run r = rig.runWithout("--demo", "read", "1");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).isNotBlank();
        }
        Path sites = rig.dirs().cache().resolve("sites");
        assertThat(sites.resolve("demo").resolve("store.sqlite")).doesNotExist();
    }

    @Test
    void withTheStoreTurnedOffEveryRunAsksTheSite() throws IOException {
        rig.settings("store.enabled = false\n");
        rig.ok("read", "1");
        long before = rig.portal().requestCount();
        rig.ok("read", "1");
        assertThat(rig.portal().requestCount() - before).isEqualTo(1);
        assertThat(rig.storeFile()).doesNotExist();
    }

    @Test
    void theStoreIsTheOwnersAloneAndHoldsNoFormHash() throws IOException {
        rig.signIn("reader1", "reader123");
        rig.ok("read", "8");
        rig.ok("comments", "8");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rig.storeFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rig.storeFile().getParent())))
                .isEqualTo("rwx------");
        String cookies = Files.readString(rig.dirs().state()
                .resolve("sites/127.0.0.1_" + rig.portal().baseUrl().getPort() + "/accounts/default/cookies"));
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
            Path f = Path.of(rig.storeFile() + suffix);
            if (Files.exists(f)) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void aCommentDropsTheArticlesPagesFromTheStoreAndNothingElse() {
        rig.signIn("reader1", "reader123");
        rig.ok("read", "8");
        rig.ok("comments", "8");
        rig.ok("read", "1");
        String text = "存储之后的评论 " + System.nanoTime();
        rig.ok("comment", "8", "--message", text);
        long before = rig.portal().requestCount();
        assertThat(rig.ok("comments", "8").out()).contains(text);
        assertThat(rig.ok("read", "8").out()).contains(text);
        assertThat(rig.portal().requestCount() - before).isEqualTo(2);
        rig.ok("read", "1");
        assertThat(rig.portal().requestCount() - before).as("article 1 still comes from the store").isEqualTo(2);
    }

    @Test
    void aForumReplyDropsItsThreadsPagesAndItsBoardFromTheStore() {
        rig.signIn("reader1", "reader123");
        rig.ok("thread", "1", "--page", "7");
        rig.ok("board", "2");
        rig.ok("read", "1");
        String text = "存储之后的回复 " + System.nanoTime();
        rig.ok("reply", "1", "--message", text);
        long before = rig.portal().requestCount();
        assertThat(rig.ok("thread", "1", "--page", "7").out()).contains(text);
        rig.ok("board", "2");
        assertThat(rig.portal().requestCount() - before).as(String.join("\n", rig.portal().requestLog())).isEqualTo(2);
        rig.ok("read", "1");
        assertThat(rig.portal().requestCount() - before).as("article 1 still comes from the store").isEqualTo(2);
    }

    @Test
    void aDamagedStoreIsSetAsideSaidOnceAndTheCommandStillWorks() throws IOException {
        Files.createDirectories(rig.storeFile().getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        byte[] junk = new byte[32 * 1024];
        new Random(11).nextBytes(junk);
        Files.write(rig.storeFile(), junk);
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(said, true, StandardCharsets.UTF_8)); // where main says it
        CliRun.Run r;
        try {
            r = rig.ok("read", "1");
        } finally {
            System.setErr(stderr);
        }
        assertThat(r.out()).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        assertThat(said.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("fenghuang: ")).toList())
                .singleElement().asString().contains("damaged").contains("set aside");
        try (Stream<Path> files = Files.list(rig.storeFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("store.sqlite.corrupt-"));
        }
        CliRun.Run next = rig.ok("read", "1");
        assertThat(next.err()).isEmpty();
        long before = rig.portal().requestCount();
        rig.ok("read", "1");
        assertThat(rig.portal().requestCount()).as("the new store keeps the page").isEqualTo(before);
    }
}
