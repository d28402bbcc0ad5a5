package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The built jar keeps only the Bouncy Castle classes serve-ssh can reach (the build's JarTrim step, issue 13): what it
 * keeps must still make a whole provider, and what it drops must stay dropped.
 */
class BouncyCastleInJarIT {
    private static final Path JAR = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"));

    @Test
    void everyServiceOfTheProviderInTheJarLoadsItsClass() throws Exception {
        Path testClasses = Path.of(BouncyCastleServices.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                JAR + File.pathSeparator + testClasses, BouncyCastleServices.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as(out).doesNotContain("missing ").contains(" services, 0 missing");
        // the algorithms MINA SSHD asks the provider for stay offered
        int services = Integer.parseInt(out.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ")[0]);
        assertThat(services).isGreaterThan(300);
    }

    @Test
    void theJarHoldsNoDirectoryEntriesAndNoAlgorithmFamilySshNeverUses() throws Exception {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();

            assertThat(names).noneMatch(name -> name.endsWith("/"));
            assertThat(names).doesNotContain("org/bouncycastle/jcajce/provider/asymmetric/MLDSA$Mappings.class",
                    "org/bouncycastle/jcajce/provider/symmetric/Camellia$Mappings.class",
                    "org/bouncycastle/jcajce/provider/keystore/BC$Mappings.class");
            assertThat(names).contains("org/bouncycastle/jce/provider/BouncyCastleProvider.class",
                    "org/bouncycastle/jcajce/provider/asymmetric/EdEC$Mappings.class",
                    "META-INF/MANIFEST.MF");
            assertThat(names.get(0)).isEqualTo("META-INF/MANIFEST.MF");
            // not counting the classes of lambdas the build writes (LambdaClassesInJarIT), ~1,460 more
            assertThat(names.stream().filter(n -> !n.contains("$$Fn$")).count()).isLessThan(8_000);
        }
    }
}
