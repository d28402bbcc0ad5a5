package dev.fenghuang;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one {@code fenghuang} command in this process as a script runs it: a new program over a reader's home (its
 * settings, store, cookies and drafts) with the environment given, and standard input from bytes when they are
 * given; its exit code and what it wrote. The rig of the command tests ({@link StoreRig} adds a demo portal of its
 * own, {@link CliRunner} a time limit).
 */
final class CliRun {
    /** What one run gave: its exit code and what it wrote. */
    record Run(int exitCode, String out, String err) {
        /** Standard output as a JSON object, as {@code --json} writes it. */
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    private final Path home;
    private final List<String> leading = new ArrayList<>();
    private Map<String, String> env = Map.of();
    private byte[] stdin;

    private CliRun(Path home) {
        this.home = home;
    }

    /** A run over the reader's home {@code home}, its arguments as given. */
    static CliRun in(Path home) {
        return new CliRun(home);
    }

    /** A run over the reader's home {@code home} against {@code site} ({@code --site} goes first). */
    static CliRun on(URI site, Path home) {
        CliRun run = new CliRun(home);
        run.leading.addAll(List.of("--site", site.toString()));
        return run;
    }

    /** In this language ({@code --lang} after the site), whatever the environment says. */
    CliRun lang(String language) {
        leading.addAll(List.of("--lang", language));
        return this;
    }

    /** The environment the program sees (LANG, FENGHUANG_PASSWORD…); none by default. */
    CliRun env(Map<String, String> value) {
        env = value;
        return this;
    }

    /** What the program reads on standard input; without it, the process's own. */
    CliRun stdin(byte[] bytes) {
        stdin = bytes.clone();
        return this;
    }

    /** {@link #stdin(byte[])} of text in UTF-8. */
    CliRun stdin(String text) {
        return stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the command line: the leading arguments, then {@code args}. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main main = new Main(XdgDirs.from(Map.of(), home.toString()), env);
        var cmd = Cli.command(stdin == null ? main : StdinLauncher.of(main, new ByteArrayInputStream(stdin)));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] full = Stream.concat(leading.stream(), Stream.of(args)).toArray(String[]::new);
        return new Run(cmd.execute(full), out.toString(), err.toString());
    }
}
