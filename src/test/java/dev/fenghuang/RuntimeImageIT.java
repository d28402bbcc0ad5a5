package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime the build links beside the jar (issue 13; {@code src/main/sh/link-runtime.sh}), which the launcher runs
 * on: it holds every module the program's classes use and those Java finds by name at run time, and the launcher's
 * JVM is that runtime's, with the archive recorded from it mapped.
 */
class RuntimeImageIT {
    private Path target;
    private Path runtime;

    @TempDir
    Path home;

    @BeforeEach
    void built() throws Exception {
        String jar = BuiltProgram.jar().toString();
        target = Path.of(jar).toAbsolutePath().getParent();
        runtime = target.resolve("runtime");
        // a JDK with jmods always links one; another (JDK 24+ may link from its own image) says why it did not
        Path failed = target.resolve("runtime.failed");
        if (!Files.isDirectory(Path.of(System.getProperty("java.home"), "jmods")) && Files.exists(failed)) {
            assumeTrue(false, "this JDK linked no runtime: " + Files.readString(failed));
        }
        assertThat(runtime.resolve("bin/java")).isExecutable();
    }

    @Test
    void everyModuleTheJarsClassesUseIsLinked() throws Exception {
        String jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps").toString();
        Set<String> used = words(run(List.of(jdeps, "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), target.resolve("fenghuang.jar").toString()), Map.of()), ",");
        Set<String> linked = words(run(List.of(runtime.resolve("bin/java").toString(), "--list-modules"), Map.of()),
                "\n").stream().map(m -> m.replaceAll("@.*", "")).collect(Collectors.toSet());

        assertThat(used).contains("java.base", "java.sql", "jdk.httpserver");
        assertThat(linked).containsAll(used);
    }

    /** What jdeps cannot see, checked by using it on the runtime: {@link Probe}. */
    @Test
    void whatJavaFindsByNameIsThereToo() throws Exception {
        String out = run(List.of(runtime.resolve("bin/java").toString(), "-cp", testClasses(),
                Probe.class.getName()), Map.of());

        assertThat(out.lines()).containsExactly(
                "elliptic-curve TLS: true",
                "zh date: 2016年11月6日",
                "charsets: GBK GB18030 Big5 x-mswin-936 x-windows-950",
                "jpeg: true",
                "trusted authorities: " + Probe.trustedAuthorities());
    }

    /**
     * The settings a distribution keeps outside the JDK and links into it are the runtime's too: Debian's trusted
     * certificate authorities (144, updated by the system) rather than the 112 jlink copies from the JDK's module,
     * which lacked the Chinese CFCA, UniTrust and vTrus roots.
     */
    @Test
    void itTrustsTheAuthoritiesTheJdkItWasLinkedFromTrusts() throws Exception {
        Path jdkTrust = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        Path trust = runtime.resolve("lib/security/cacerts");

        assertThat(Files.readAllBytes(trust.toRealPath())).isEqualTo(Files.readAllBytes(jdkTrust.toRealPath()));
        if (Files.isSymbolicLink(jdkTrust)) {
            assertThat(trust.toRealPath()).isEqualTo(jdkTrust.toRealPath());
        }
    }

    @Test
    void theLauncherRunsOnItWithTheArchiveRecordedFromIt() throws Exception {
        // -Xshare:on (last, so it wins over the launcher's auto) stops the JVM when the archive does not map; JDK 25's
        // ahead-of-time cache takes -XX:AOTMode=on instead
        String strict = Runtime.version().feature() >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";
        String out = run(List.of(target.resolve("fenghuang").toString(), "--demo", "--lang", "zh", "read", "1"),
                Map.of("FENGHUANG_JVM_OPTIONS", strict + " -XshowSettings:properties"));

        assertThat(out).contains("java.home = " + runtime).contains("全省“巾帼脱贫行动”").contains("发布者 归来");
    }

    private static String testClasses() {
        return Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }

    private static Set<String> words(String text, String separator) {
        return Arrays.stream(text.strip().split(separator)).map(String::strip).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private String run(List<String> command, Map<String, String> env) throws Exception {
        return BuiltProgram.run(command, home, env);
    }

    /** Run on the linked runtime: what the program asks Java for by name, which no class names at compile time. */
    public static final class Probe {
        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            // the SunEC provider (jdk.crypto.ec): without it no ECDHE suite is offered, which most sites want
            boolean ec = Arrays.stream(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites())
                    .anyMatch(s -> s.startsWith("TLS_ECDHE_"));
            System.out.println("elliptic-curve TLS: " + ec);
            // the CLDR data of zh (jdk.localedata); java.base alone says "2016 Nov 6"
            System.out.println("zh date: " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Locale.CHINA).format(LocalDate.of(2016, 11, 6)));
            // Windows' GBK and Big5 (jdk.charsets; the others are in java.base)
            System.out.println("charsets: " + List.of("GBK", "GB18030", "Big5", "x-mswin-936", "x-windows-950").stream()
                    .filter(Charset::isSupported).collect(Collectors.joining(" ")));
            System.out.println("jpeg: " + ImageIO.getImageReadersByFormatName("jpeg").hasNext());
            System.out.println("trusted authorities: " + trustedAuthorities());
        }

        /** How many certificate authorities the default trust manager of this JVM accepts. */
        static int trustedAuthorities() throws Exception {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            return Arrays.stream(trust.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .mapToInt(m -> ((X509TrustManager) m).getAcceptedIssuers().length).sum();
        }
    }
}
