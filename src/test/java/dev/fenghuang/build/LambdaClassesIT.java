package dev.fenghuang.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The build's LambdaClasses step (src/build/java, compiled by the build into target/build-tools), run as the build
 * runs it on a jar of {@link LambdaFixtures}: the rewritten classes give what the compiled ones give, from plain
 * classes of the jar rather than classes the metafactory spins, and no metafactory call site is left but the
 * serializable lambda's.
 */
class LambdaClassesIT {
    private static final Path BUILD_TOOLS = Path.of(System.getProperty("fenghuang.buildTools", "target/build-tools"));
    private static final String PREFIX = "dev/fenghuang/build/LambdaFixtures";

    @TempDir
    Path dir;

    @Test
    void rewrittenClassesGiveWhatTheCompiledOnesGiveWithoutTheMetafactory() throws Exception {
        Path compiled = fixtureJar(dir.resolve("compiled.jar"));
        Path rewritten = fixtureJar(dir.resolve("rewritten.jar"));

        String out = runStep(rewritten);

        assertThat(out).contains("lambda call sites made classes, 2 left to altMetafactory, 0 left unsure");
        List<String> expected = call(compiled, "results");
        assertThat(call(rewritten, "results")).isEqualTo(expected).hasSize(25)
                .contains("private body with this: hello you from fixtures", "void results: [z] 1 2",
                        "nested, private in the top level: secret secret again", "same instance: true",
                        "ClassCastException from the instantiated type");
        List<Object> spun = call(compiled, "functions");
        List<Object> plain = call(rewritten, "functions");
        assertThat(spun).allMatch(f -> f.getClass().isHidden());
        assertThat(plain).noneMatch(f -> f.getClass().isHidden())
                .allMatch(f -> f.getClass().getName().contains("$$Fn$"))
                .allMatch(f -> f.getClass().getNestHost().getName().equals(LambdaFixtures.class.getName()));
        assertThat(((List<?>) call(rewritten, "serializable")).get(0).getClass().isHidden()).isTrue();
    }

    @Test
    void onlyTheSerializableLambdaIsLeftToTheMetafactory() throws Exception {
        Path rewritten = fixtureJar(dir.resolve("rewritten.jar"));
        assertThat(bootstrapMethods(rewritten)).contains("metafactory");

        runStep(rewritten);

        // the serializable lambda's call site, and its twin in the $deserializeLambda$ javac writes
        assertThat(bootstrapMethods(rewritten)).containsExactly("altMetafactory", "altMetafactory");
    }

    /** A jar of the fixture classes as compiled. */
    private static Path fixtureJar(Path jar) throws IOException {
        Path classes = Path.of(LambdaFixtures.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("dev/fenghuang/build"))) {
            files = walk.filter(f -> classes.relativize(f).toString().startsWith(PREFIX)).toList();
        }
        assertThat(files).hasSizeGreaterThan(3);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(classes.relativize(f).toString()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** Runs the step on {@code jar}; its output, once it ended with 0. */
    private static String runStep(Path jar) throws Exception {
        String classPath = BUILD_TOOLS + File.pathSeparator + library("asm-");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.fenghuang.build.LambdaClasses", jar.toString(), PREFIX)
                .redirectErrorStream(true);
        Process p = pb.start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    /** Calls the static method {@code name} of LambdaFixtures loaded from {@code jar} alone (and the JDK). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> call(Path jar, String name) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fixtures = loader.loadClass(LambdaFixtures.class.getName());
            assertThat(fixtures.getClassLoader()).isSameAs(loader);
            Method method = fixtures.getMethod(name);
            Object result = method.invoke(null);
            return result instanceof List<?> list ? (List<T>) list : (List<T>) List.of(result);
        }
    }

    /** The names of the bootstrap methods of every invokedynamic in the jar's classes, one a call site. */
    private static List<String> bootstrapMethods(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                new ClassReader(zip.getInputStream(entry).readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String n, String d, String s, String[] e) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitInvokeDynamicInsn(String indy, String desc, Handle bootstrap,
                                    Object... args) {
                                names.add(bootstrap.getName());
                            }
                        };
                    }
                }, 0);
            }
        }
        return names;
    }

    private static String library(String prefix) {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> new File(p).getName().startsWith(prefix) && p.endsWith(".jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + "*.jar on the class path"));
    }
}
