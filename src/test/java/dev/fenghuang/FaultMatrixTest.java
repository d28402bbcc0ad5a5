package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.FaultRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fault of the demo portal against every action, through the CLI as a script runs it. A cell is ok when the
 * command ends in time without an escaped exception, a failure is said in a line naming what failed (a second
 * line, such as where the draft is, is allowed; stderr, or stdout when stderr is empty), a refused or
 * unanswered comment keeps its text as a draft, no write is stored twice, and a retry after the fault is cleared
 * succeeds; an answer larger than the client's cap must be refused. The matrix is printed and written to
 * {@code target/fault-matrix.txt}.
 *
 * <pre>
 * mvn -B test -Dtest=FaultMatrixTest -Dtest.excludedGroups=
 * </pre>
 */
@Tag("faultmatrix")
class FaultMatrixTest {
    /**
     * How long a command may take before its cell says it hung: the client's deadline (3 s, {@link
     * CliRunner#FAST_SETTINGS}) and room for the command's own work around the request it aborts, which a busy
     * machine can stretch past a second. A missing deadline still shows: the stalls last 60 s.
     */
    private static final Duration LIMIT = Duration.ofSeconds(6);
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final int CELL_WIDTH = 30;

    /** What a user does, and the requests of it that the fault is put on. */
    enum Action {
        SECTIONS("get:/portal.php"), LIST("get:/portal.php?mod=list"), READ("get:/portal.php?mod=view"),
        COMMENTS("get:/portal.php?mod=comment"), LOGIN("post:/member.php?mod=logging"),
        COMMENT("post:/portal.php?mod=portalcp&ac=comment"), REACT("get:/home.php?mod=spacecp&ac=click"),
        FAVORITE("/home.php?mod=spacecp&ac=favorite"), MODERATE("post:/admin.php?action=moderate");

        final String target;

        Action(String target) {
            this.target = target;
        }

        String title() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @TempDir
    Path home;

    private DemoPortal portal;
    private CliRunner reader;
    private CliRunner admin;
    private final Deque<Long> pending = new ArrayDeque<>();
    private int serial;
    private int reacted;
    private int favourited;

    @Test
    void everyFaultAgainstEveryAction() throws IOException {
        Map<Fault, Map<Action, String>> matrix = new EnumMap<>(Fault.class);
        try (DemoPortal started = DemoPortal.start(DemoOptions.builder().slowDelay(Duration.ofMillis(300))
                .dripInterval(Duration.ofMillis(200)).stallLimit(Duration.ofSeconds(60)).hugeBodyBytes(40L << 20)
                .build());
                CliRunner r = new CliRunner(home.resolve("reader"), started.baseUrl(), CliRunner.FAST_SETTINGS,
                        GRACE);
                CliRunner a = new CliRunner(home.resolve("admin"), started.baseUrl(), CliRunner.FAST_SETTINGS,
                        GRACE)) {
            portal = started;
            reader = r;
            admin = a;
            signIn(reader, "reader1", "reader123");
            signIn(admin, "admin", "admin123");
            for (Fault fault : Fault.values()) {
                Map<Action, String> row = new EnumMap<>(Action.class);
                for (Action action : Action.values()) {
                    row.put(action, cell(fault, action));
                }
                matrix.put(fault, row);
                System.out.println(line(fault.spec(), row.values().stream().toList()));
            }
        }
        String table = table(matrix);
        System.out.print(table);
        Files.writeString(Path.of("target", "fault-matrix.txt"), table);
        assertThat(matrix.values().stream().flatMap(row -> row.values().stream()))
                .as("fault matrix (see target/fault-matrix.txt)").allMatch(c -> c.equals("ok"));
    }

    private void signIn(CliRunner runner, String user, String password) {
        runner.password(password);
        CliRunner.Run in = runner.run(LIMIT, portal::clearFaults, "login", "--username", user);
        assertThat(in.exitCode()).as(in.err()).isZero();
    }

    /** One cell: the action under the fault, the checks, the retry without it. */
    private String cell(Fault fault, Action action) {
        portal.clearFaults();
        int n = ++serial;
        Attempt attempt = attempt(action, n);
        portal.inject(FaultRule.parse(fault.spec() + ":" + action.target));
        CliRunner.Run first = attempt.runner.run(LIMIT, portal::clearFaults, attempt.args);
        portal.clearFaults();
        String problem = firstRunProblem(first);
        // A comment whose answer is refused for its size may still end well: the client then finds it on the site
        // (the write was stored before the huge answer), which the no-second-write check below holds to once.
        if (problem == null && fault == Fault.HUGE_BODY && first.exitCode() == 0 && action != Action.COMMENT) {
            problem = "took a 40 MB answer (no cap)";
        }
        long stored = attempt.writes();
        if (problem == null && stored > 1) {
            problem = "written " + stored + " times";
        }
        if (problem == null && first.exitCode() == 0 && attempt.isWrite() && stored == 0) {
            problem = "said done, nothing stored";
        }
        if (problem == null && action == Action.COMMENT && stored == 0 && !draftKept(attempt.text)) {
            problem = "text lost (no draft)";
        }
        if (problem == null && action == Action.MODERATE && stored > 0
                && !portal.commentState(attempt.id).equals("visible")) {
            problem = "approved comment is " + portal.commentState(attempt.id);
        }
        String retry = retry(action, attempt, stored);
        if (attempt.runner != reader && attempt.runner != admin) {
            attempt.runner.close();
        }
        return problem != null ? "FAIL " + problem : retry != null ? "FAIL " + retry : "ok";
    }

    /** What the action runs, and how its writes are counted on the portal. */
    private final class Attempt {
        final Action action;
        final CliRunner runner;
        final String[] args;
        final long id;
        final String text;

        Attempt(Action action, CliRunner runner, long id, String text, String... args) {
            this.action = action;
            this.runner = runner;
            this.id = id;
            this.text = text;
            this.args = args;
        }

        boolean isWrite() {
            return action.ordinal() >= Action.COMMENT.ordinal();
        }

        long writes() {
            return switch (action) {
                case COMMENT -> portal.commentsWithText(id, text);
                case REACT -> portal.reactionsBy("reader1", id);
                case FAVORITE -> portal.favoritesOf("reader1", id);
                case MODERATE -> portal.commentState(id).equals("pending") ? 0 : 1;
                default -> 0;
            };
        }
    }

    private Attempt attempt(Action action, int n) {
        return switch (action) {
            case SECTIONS -> new Attempt(action, reader, 0, "", "sections", "--refresh");
            case LIST -> new Attempt(action, reader, 0, "", "list", "1");
            case READ -> new Attempt(action, reader, 0, "", "read", "1");
            case COMMENTS -> new Attempt(action, reader, 0, "", "comments", "1");
            case LOGIN -> {
                CliRunner fresh = new CliRunner(home.resolve("login-" + n), portal.baseUrl(),
                        CliRunner.FAST_SETTINGS, GRACE);
                fresh.password("reader234");
                fresh.answer("王芳");
                yield new Attempt(action, fresh, 0, "", "login", "--username", "reader2", "--question", "1");
            }
            case COMMENT -> {
                portal.advanceClock(Duration.ofSeconds(16));
                String text = "矩阵第" + n + "格的评论";
                yield new Attempt(action, reader, 1, text, "comment", "1", "--message", text);
            }
            case REACT -> {
                long aid = 2 + reacted++;
                yield new Attempt(action, reader, aid, "", "react", String.valueOf(aid), "1");
            }
            case FAVORITE -> {
                long aid = 2 + favourited++;
                yield new Attempt(action, reader, aid, "", "favorite", "add", String.valueOf(aid));
            }
            case MODERATE -> {
                long cid = nextPending();
                yield new Attempt(action, admin, cid, "", "mod", "approve", String.valueOf(cid));
            }
        };
    }

    private long nextPending() {
        if (pending.isEmpty()) {
            CliRunner.Run queue = admin.run(LIMIT, portal::clearFaults, "mod", "queue", "--json");
            assertThat(queue.exitCode()).as(queue.err()).isZero();
            for (JsonElement e : JsonParser.parseString(queue.out()).getAsJsonObject().getAsJsonArray("entries")) {
                pending.add(e.getAsJsonObject().get("cid").getAsLong());
            }
        }
        return pending.pop();
    }

    /** Null when the first run behaved: in time, nothing escaped, a failure said in one line. */
    private static String firstRunProblem(CliRunner.Run run) {
        if (run.thrown() != null) {
            return "threw " + run.thrown().getClass().getSimpleName();
        }
        if (!run.ended()) {
            return "never ended";
        }
        if (!run.inTime()) {
            return "hung > " + LIMIT.toSeconds() + " s";
        }
        if (run.exitCode() == 0) {
            return null;
        }
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            lines = run.out().lines().filter(l -> !l.isBlank()).toList();
        }
        if (lines.isEmpty()) {
            return "exit " + run.exitCode() + ", no message";
        }
        String message = lines.get(0);
        if (run.exitCode() == 2) {
            return "usage error: " + message;
        }
        if (message.contains("internal error") || message.contains("Exception") || lines.size() > 2) {
            return (lines.size() > 2 ? lines.size() + " lines: " : "") + message;
        }
        if (message.contains("<html") || message.contains("<!DOCTYPE")) {
            return "raw page: " + message;
        }
        return null;
    }

    /** Null when the action, run again without the fault, ends in the right state. */
    private String retry(Action action, Attempt attempt, long storedBefore) {
        CliRunner.Run again;
        switch (action) {
            case COMMENT -> {
                portal.advanceClock(Duration.ofSeconds(16));
                if (draftKept(attempt.text)) {
                    again = attempt.runner.run(LIMIT, portal::clearFaults, "comment", String.valueOf(attempt.id),
                            "--draft");
                } else if (storedBefore == 0) {
                    again = attempt.runner.run(LIMIT, portal::clearFaults, attempt.args);
                } else {
                    return null;
                }
            }
            case REACT, FAVORITE, MODERATE -> {
                if (storedBefore > 0) {
                    return null;
                }
                again = attempt.runner.run(LIMIT, portal::clearFaults, attempt.args);
            }
            default -> again = attempt.runner.run(LIMIT, portal::clearFaults, attempt.args);
        }
        long stored = attempt.writes();
        if (attempt.isWrite() && stored != 1) {
            return "retry left " + stored + " writes";
        }
        if (!attempt.isWrite() && again.exitCode() != 0) {
            return "retry: " + firstLine(again);
        }
        return null;
    }

    private static String firstLine(CliRunner.Run run) {
        return run.err().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit " + run.exitCode());
    }

    private boolean draftKept(String text) {
        try (Stream<Path> files = Files.walk(reader.home())) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().contains("draft"))
                    .anyMatch(f -> read(f).contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String table(Map<Fault, Map<Action, String>> matrix) {
        List<String> titles = new ArrayList<>();
        for (Action a : Action.values()) {
            titles.add(a.title());
        }
        StringBuilder out = new StringBuilder(line("fault \\ action", titles)).append('\n');
        long ok = 0;
        long all = 0;
        for (var row : matrix.entrySet()) {
            out.append(line(row.getKey().spec(), row.getValue().values().stream().toList())).append('\n');
            ok += row.getValue().values().stream().filter(c -> c.equals("ok")).count();
            all += row.getValue().size();
        }
        return out.append(ok).append(" of ").append(all).append(" cells ok\n").toString();
    }

    private static String line(String head, List<String> cells) {
        StringBuilder line = new StringBuilder(String.format("%-20s", head));
        for (String c : cells) {
            String shown = c.replaceAll("\\s+", " ");
            line.append(" | ").append(String.format("%-" + CELL_WIDTH + "s",
                    shown.length() > CELL_WIDTH ? shown.substring(0, CELL_WIDTH - 1) + "…" : shown));
        }
        return line.toString();
    }
}
