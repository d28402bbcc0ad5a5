package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (reader RSS): a session that only reads the portal — an article and its comments, on a site with a store —
 * loads none of the forum's, moderation's or writing's parts: they are made when first used (the forum tab shown, a
 * moderation key, a write). What it may load of those packages is listed, so that one more is a decision, not an
 * accident, with their lambdas (classes of the jar named Host$$Fn$N, see the build's LambdaClasses). Counted from
 * the built launcher's class-load log, not timed.
 */
class PortalOnlyClassesIT {
    private static final Pattern PARTS = Pattern.compile(
            "dev\\.fenghuang\\.(tui\\.forum|tui\\.moderate|tui\\.write|model\\.forum|app\\.forum|site\\.forum"
                    + "|site\\.admin|site\\.write)\\..*");
    /**
     * What start needs of them: the store's kept kinds (their types), the forum reader and visits behind the yes/no
     * of a forum, the moderation desk and writing keys the key map and hints ask, the views the key scope tells apart.
     */
    private static final Set<String> AT_START = Set.of(
            "dev.fenghuang.model.forum.ForumIndex", "dev.fenghuang.model.forum.BoardPage",
            "dev.fenghuang.model.forum.ThreadPage",
            "dev.fenghuang.app.forum.ForumReader", "dev.fenghuang.app.forum.ThreadVisits",
            "dev.fenghuang.site.forum.ForumReading", "dev.fenghuang.site.forum.ForumUrls",
            "dev.fenghuang.site.write.SiteCalls", "dev.fenghuang.site.write.WriteTexts",
            "dev.fenghuang.tui.forum.ForumParts", "dev.fenghuang.tui.forum.moderate.ForumTriage",
            "dev.fenghuang.tui.forum.ForumView", "dev.fenghuang.tui.forum.ThreadView",
            "dev.fenghuang.tui.moderate.Triage", "dev.fenghuang.tui.moderate.Triage$1",
            "dev.fenghuang.tui.moderate.Triage$2", "dev.fenghuang.tui.moderate.ModerationDesk",
            "dev.fenghuang.tui.moderate.DecisionBatch", "dev.fenghuang.tui.moderate.PasswordGate",
            "dev.fenghuang.tui.moderate.AdminUnlockForm", "dev.fenghuang.tui.moderate.QueueListView",
            "dev.fenghuang.tui.moderate.QueueShelf", "dev.fenghuang.tui.moderate.QueueShelf$1",
            "dev.fenghuang.tui.moderate.ShelfLater", "dev.fenghuang.tui.write.Writes");

    @TempDir
    Path home;

    @Test
    void readingAnArticleAndItsCommentsLoadsNoneOfTheForumsModerationsOrWritingsParts() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        Path log = home.resolve("classes.txt");
        Process portal = portal();
        try (TmuxSession tmux = new TmuxSession(home, 100, 30)) {
            String site = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            tmux.type("clear; FENGHUANG_JVM_OPTIONS=-Xlog:class+load:file=" + log + " " + launcher
                    + " --lang en --site " + site + " --open 1");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(" · views "), TerminalReaderIT.WAIT);
            tmux.keys("c");
            tmux.await(s -> s.contains("Comments on:"), TerminalReaderIT.WAIT);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        } finally {
            portal.destroy();
            portal.waitFor();
        }
        List<String> loaded = Files.readAllLines(log).stream().map(l -> l.split(" "))
                .filter(f -> f.length > 1).map(f -> f[1]).toList();
        assertThat(loaded).as("the reader's own log").contains("dev.fenghuang.tui.UiLoop",
                "dev.fenghuang.store.RecordShape");
        assertThat(loaded.stream().filter(n -> PARTS.matcher(n).matches())
                .filter(n -> !AT_START.contains(n.replaceFirst("\\$\\$(Lambda|Fn)\\$.*", ""))).toList()).isEmpty();
    }

    /** The demo portal as its own process, from the built jar, on a free port; its base URL is its first line. */
    private static Process portal() throws Exception {
        String jar = Path.of(System.getProperty("fenghuang.jar")).toAbsolutePath().toString();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "demo-portal", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
