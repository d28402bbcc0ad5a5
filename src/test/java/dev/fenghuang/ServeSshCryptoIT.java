package dev.fenghuang;

import static dev.fenghuang.Programs.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fenghuang serve-ssh} (the launcher) reached by the OpenSSH client with every kind of client key and with every
 * key exchange, cipher and MAC both sides know: the jar keeps only the Bouncy Castle classes the build found reachable
 * and the launcher's runtime only the modules it found used (issue 13), so a class or module serve-ssh needs and
 * they lack fails here.
 */
class ServeSshCryptoIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> KEYS = List.of("ed25519", "rsa", "ecdsa-256", "ecdsa-384", "ecdsa-521");

    @TempDir
    static Path home;

    private static DemoSession demo;
    private static ServeSshProcess server;

    @BeforeAll
    static void serve() throws Exception {
        assumeTrue(onPath("ssh") && onPath("ssh-keygen"), "the OpenSSH client is not installed");
        demo = DemoSession.open(home.resolve("local"));
        StringBuilder users = new StringBuilder();
        for (String key : KEYS) {
            String[] type = key.split("-");
            List<String> keygen = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type[0], "-N", "", "-C", key,
                    "-f", home.resolve(key).toString()));
            if (type.length > 1) {
                keygen.addAll(List.of("-b", type[1]));
            }
            assertThat(run(keygen).status()).isZero();
            users.append("site=qu,account=").append(type[0]).append(' ')
                    .append(Files.readString(home.resolve(key + ".pub")));
        }
        Path sites = home.resolve("server/config/fenghuang/sites");
        Files.createDirectories(sites);
        Files.writeString(sites.resolve("qu.properties"), "url = " + demo.baseUrl() + "\n");
        Files.writeString(home.resolve("ssh_users"), users);
        // through the launcher, so on the runtime the build linked: its modules must hold what the algorithms need
        Path launcher = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar")).resolveSibling("fenghuang");
        server = ServeSshProcess.start(List.of(launcher.toString()), home, home.resolve("ssh_users"), WAIT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void everyKindOfClientKeyReadsAnArticle() throws Exception {
        for (String key : KEYS) {
            Ran read = ssh(key, List.of(), "read", "1");
            assertThat(read.status()).as(key + ": " + read.err() + log()).isZero();
            assertThat(read.out()).as(key).contains("aid=1");
        }
    }

    @Test
    void everyKeyExchangeCipherAndMacBothSidesKnowCarriesACommand() throws Exception {
        Map<String, List<String>> offered = serverOffer();
        assertThat(offered.get("KexAlgorithms")).contains("curve25519-sha256", "sntrup761x25519-sha512",
                "ecdh-sha2-nistp256", "ecdh-sha2-nistp521", "diffie-hellman-group-exchange-sha256",
                "diffie-hellman-group16-sha512");
        assertThat(offered.get("Ciphers")).contains("aes128-ctr", "aes256-gcm@openssh.com");
        assertThat(offered.get("MACs")).contains("hmac-sha2-256-etm@openssh.com", "hmac-sha1");
        for (Map.Entry<String, List<String>> kind : offered.entrySet()) {
            for (String algorithm : kind.getValue()) {
                List<String> options = new ArrayList<>(List.of("-o", kind.getKey() + "=" + algorithm));
                if (kind.getKey().equals("MACs")) {
                    options.addAll(List.of("-o", "Ciphers=aes128-ctr"));
                }
                Ran help = ssh("ed25519", options, "help");
                assertThat(help.status()).as(algorithm + ": " + help.err() + log()).isZero();
                assertThat(help.out()).as(algorithm).contains("Usage: fenghuang");
            }
        }
        assertThat(ssh("rsa", List.of("-o", "Compression=yes"), "help").status()).isZero();
    }

    /** What the server proposes that this OpenSSH client also knows, by ssh_config option. */
    private static Map<String, List<String>> serverOffer() throws Exception {
        Ran verbose = ssh("ed25519", List.of("-o", "LogLevel=DEBUG2"), "help");
        String proposal = verbose.err().substring(verbose.err().indexOf("peer server KEXINIT proposal"));
        Map<String, String> lines = Map.of("KexAlgorithms", "KEX algorithms: ", "Ciphers", "ciphers ctos: ",
                "MACs", "MACs ctos: ");
        Map<String, String> queries = Map.of("KexAlgorithms", "kex", "Ciphers", "cipher", "MACs", "mac");
        Map<String, List<String>> offer = new LinkedHashMap<>();
        for (String option : List.of("KexAlgorithms", "Ciphers", "MACs")) {
            String line = proposal.lines().filter(l -> l.contains(lines.get(option))).findFirst().orElseThrow();
            List<String> known = run(List.of("ssh", "-Q", queries.get(option))).out().lines().toList();
            offer.put(option, Arrays.stream(line.substring(line.indexOf(lines.get(option))
                    + lines.get(option).length()).split(",")).filter(known::contains).toList());
        }
        return offer;
    }

    record Ran(int status, String out, String err) {
    }

    private static Ran ssh(String key, List<String> options, String... command) throws Exception {
        // ssh keeps the first value given for an option: the caller's come first
        List<String> args = new ArrayList<>(List.of("ssh", "-F", "/dev/null"));
        args.addAll(options);
        args.addAll(List.of("-p", String.valueOf(server.port()), "-i", home.resolve(key).toString(), "-o", "IdentitiesOnly=yes",
                "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "LogLevel=ERROR"));
        args.add("fenghuang@127.0.0.1");
        args.addAll(List.of(command));
        return run(args);
    }

    private static Ran run(List<String> command) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String log() throws IOException {
        return server.log();
    }
}
