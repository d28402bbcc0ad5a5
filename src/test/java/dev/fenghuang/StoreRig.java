package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A demo portal and a reader's home of its own, run command by command as a script runs them: each run a new reader
 * over the same store, cookies and drafts. The rig of the store's command tests.
 */
final class StoreRig implements AutoCloseable {
    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> leading = new ArrayList<>();
    private DemoPortal portal;

    /** A new demo portal, and a home under {@code home}. */
    StoreRig(Path home) {
        this.home = home;
        this.portal = DemoPortal.start(DemoOptions.defaults());
    }

    /** Every run from now on in English, whatever the environment says. */
    StoreRig inEnglish() {
        leading.addAll(List.of("--lang", "en"));
        return this;
    }

    DemoPortal portal() {
        return portal;
    }

    /** The environment the runs see (LANG, FENGHUANG_PASSWORD…). */
    Map<String, String> env() {
        return env;
    }

    XdgDirs dirs() {
        return XdgDirs.from(Map.of(), home.toString());
    }

    /** Stops the portal and starts another as {@code options} say (on the same port, when they name it). */
    void restart(DemoOptions options) {
        portal.close();
        portal = DemoPortal.start(options);
    }

    /** One run against the rig's portal. */
    Run run(String... args) {
        return runAt(portal.baseUrl(), args);
    }

    /** One run against {@code site}. */
    Run runAt(URI site, String... args) {
        return runWithout(Stream.of(leading.stream(), Stream.of("--site", site.toString()), Stream.of(args))
                .flatMap(s -> s).toArray(String[]::new));
    }

    /** One run with these arguments alone: neither the rig's site nor its language (e.g. {@code --demo}). */
    Run runWithout(String... args) {
        return CliRun.in(home).env(env).run(args);
    }

    /** One run that must end with exit 0. */
    Run ok(String... args) {
        Run r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err() + r.out()).isZero();
        return r;
    }

    /** Signs the default account in as a demo member; the password goes as a user's environment gives it. */
    void signIn(String user, String password) {
        env.put("FENGHUANG_PASSWORD", password);
        try {
            ok("login", "--username", user);
        } finally {
            env.remove("FENGHUANG_PASSWORD");
        }
    }

    /** Writes the settings file. */
    void settings(String text) throws IOException {
        Path config = dirs().config();
        Files.createDirectories(config);
        Files.writeString(config.resolve("fenghuang.properties"), text);
    }

    /** The portal's store file. */
    Path storeFile() {
        String key = "127.0.0.1_" + portal.baseUrl().getPort();
        return dirs().cache().resolve("sites").resolve(key).resolve("store.sqlite");
    }

    /** The files under the state directory (drafts, cookies) that hold {@code text}. */
    List<Path> stateFilesHolding(String text) throws IOException {
        try (Stream<Path> files = Files.walk(dirs().state())) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(text);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    @Override
    public void close() {
        portal.close();
    }
}
