package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The built jar is laid out for the way a JVM reads it at start (the build's JarRepack step, issue 13): every entry
 * stored rather than deflated, and the version folders every supported runtime would read folded into the base, so
 * that Java 17 tries no version folder before a class. Later versions stay versioned. Class files keep their line
 * numbers but not their local variable tables, which the class-data archive would keep resident in every reader.
 */
class JarLayoutIT {
    private static final Path JAR = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"));

    @Test
    void everyEntryIsStoredNotDeflated() throws Exception {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> deflated = zip.stream().filter(e -> e.getMethod() != ZipEntry.STORED).map(ZipEntry::getName)
                    .toList();

            assertThat(deflated).isEmpty();
            assertThat(zip.size()).isGreaterThan(1_000);
        }
    }

    @Test
    void noVersionFolderUpToJava17IsLeftAndItsClassesReplaceTheBaseOnes() throws Exception {
        // Bouncy Castle's SpecUtil has a base class and a Java 11 one; jsoup's HttpClientExecutor only a Java 11 one
        String both = "org/bouncycastle/jcajce/util/SpecUtil.class";
        String onlyVersioned = "org/jsoup/helper/HttpClientExecutor.class";
        try (ZipFile zip = new ZipFile(JAR.toFile());
                ZipFile bc = new ZipFile(libraryJar("bcprov-"));
                ZipFile jsoup = new ZipFile(libraryJar("jsoup-"))) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            byte[] versioned = bytes(bc, "META-INF/versions/11/" + both);

            Set<String> versionedStrings = ClassFileStrings.of(versioned);
            Set<String> baseStrings = ClassFileStrings.of(bytes(bc, both));
            Set<String> inJar = ClassFileStrings.of(bytes(zip, both));

            assertThat(names).noneMatch(n -> n.matches("META-INF/versions/(9|1[0-7])/.*"));
            // the jar's classes lost their local variable tables, so they are told apart by the names they use:
            // all the versioned one's but those of its locals, among them some the base one does not use
            assertThat(versionedStrings).containsAll(inJar);
            assertThat(inJar).anyMatch(n -> !baseStrings.contains(n));
            // its lambdas became classes of the jar after it was folded (LambdaClassesInJarIT): their names are new
            assertThat(ClassFileStrings.of(bytes(jsoup, "META-INF/versions/11/" + onlyVersioned)))
                    .containsAll(withoutLambdaClasses(ClassFileStrings.of(bytes(zip, onlyVersioned))));
            assertThat(ClassFileStrings.of(bytes(zip, onlyVersioned)))
                    .contains("org/jsoup/helper/HttpClientExecutor", "java/net/http/HttpClient");
            assertThat(names.get(0)).isEqualTo("META-INF/MANIFEST.MF");
        }
    }

    @Test
    void classesKeepTheirLineNumbersButNoLocalVariableTables() throws Exception {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> withLocals = new ArrayList<>();
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                Set<String> strings = ClassFileStrings.of(bytes(zip, entry.getName()));
                if (strings.contains("LocalVariableTable") || strings.contains("LocalVariableTypeTable")) {
                    withLocals.add(entry.getName());
                }
            }

            assertThat(withLocals).isEmpty();
            assertThat(ClassFileStrings.of(bytes(zip, "dev/fenghuang/Main.class"))).contains("LineNumberTable");
            assertThat(ClassFileStrings.of(bytes(zip, "org/jsoup/nodes/Element.class"))).contains("LineNumberTable");
        }
    }

    @Test
    void laterVersionsStayVersionedInAMultiReleaseJar() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile(), true, ZipFile.OPEN_READ, Runtime.version())) {
            assertThat(jar.isMultiRelease()).isTrue();
            assertThat(jar.getEntry(
                    "META-INF/versions/21/ch/qos/logback/core/property/ConsoleCharsetPropertyDefiner.class"))
                    .isNotNull();
            assertThat(jar.getEntry("META-INF/versions/23/org/bouncycastle/util/Pack.class")).isNotNull();
        }
    }

    /** The strings of a class file but those the build's LambdaClasses step adds: its classes, their factory, nests. */
    private static Set<String> withoutLambdaClasses(Set<String> strings) {
        return strings.stream().filter(s -> !s.contains("$$Fn$") && !s.equals("$make") && !s.equals("NestMembers"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A library's own jar on the class path, by its file name: the classes themselves may come from the built jar,
     * which failsafe puts first.
     */
    private static File libraryJar(String prefix) {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new).filter(f -> f.getName().startsWith(prefix) && f.getName().endsWith(".jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*.jar on the class path"));
    }

    private static byte[] bytes(ZipFile zip, String name) throws Exception {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
