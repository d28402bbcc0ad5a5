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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
        assertThat(call(rewritten, "results")).isEqualTo(expected).hasSize(26)
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

    @Test
    void aNestWhoseHostHasAVersionOfItsOwnIsLeftAsItIs() throws Exception {
        // a runtime that reads META-INF/versions/21/... would get a nest host that does not list the new classes
        Path jar = fixtureJar(dir.resolve("multi-release.jar"));
        Path withVersion = dir.resolve("with-version.jar");
        String host = PREFIX + ".class";
        try (ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(withVersion);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : zip.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(zip.getInputStream(entry).readAllBytes());
            }
            out.putNextEntry(new ZipEntry("META-INF/versions/21/" + host));
            out.write(zip.getInputStream(zip.getEntry(host)).readAllBytes());
        }

        String out = runStep(withVersion);

        assertThat(out).contains(": 0 lambda call sites made classes, 2 left to altMetafactory, 31 left unsure");
        assertThat(call(withVersion, "functions")).allMatch(f -> f.getClass().isHidden());
    }

    @Test
    void java8ClassesJoinANestOfTheirOwn() throws Exception {
        // javac writes a Java 8 class's private lambda bodies as REF_invokeSpecial, and no nests
        Path classes = compileForJava8(dir.resolve("java8"));
        Path compiled = jar(classes, dir.resolve("compiled8.jar"), "fixture8/");
        Path rewritten = jar(classes, dir.resolve("rewritten8.jar"), "fixture8/");

        String out = runStep(rewritten, "fixture8/");

        assertThat(out).contains(": 8 lambda call sites made classes, 0 left to altMetafactory, 0 left unsure");
        assertThat(call(rewritten, "fixture8.Java8Lambdas", "results"))
                .isEqualTo(call(compiled, "fixture8.Java8Lambdas", "results"))
                .containsExactly("hello you from me", "ME", "4", "3", "[a, b]", "true");
        assertThat(call(compiled, "fixture8.Java8Lambdas", "functions")).allMatch(f -> f.getClass().isHidden());
        List<Object> plain = call(rewritten, "fixture8.Java8Lambdas", "functions");
        assertThat(plain).noneMatch(f -> f.getClass().isHidden())
                .allMatch(f -> f.getClass().getNestHost() != f.getClass());
        try (ZipFile zip = new ZipFile(rewritten.toFile())) {
            // hosts become Java 11 class files, the first with nests; the classes without lambdas stay Java 8
            assertThat(majorVersion(zip, "fixture8/Java8Lambdas.class")).isEqualTo(55);
            assertThat(majorVersion(zip, "fixture8/Java8Lambdas$Named.class")).isEqualTo(55);
            assertThat(majorVersion(zip, "fixture8/Java8Lambdas$Plain.class")).isEqualTo(52);
        }
    }

    /** Java 8 class files of a class with lambdas in it, in an interface and in a nested class. */
    private static Path compileForJava8(Path out) throws IOException {
        Path source = out.resolve("src/fixture8/Java8Lambdas.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package fixture8;

                import java.util.ArrayList;
                import java.util.Arrays;
                import java.util.List;
                import java.util.Locale;
                import java.util.function.Consumer;
                import java.util.function.IntSupplier;
                import java.util.function.Predicate;
                import java.util.function.Supplier;

                public class Java8Lambdas {
                    private final String name;

                    private Java8Lambdas(String name) {
                        this.name = name;
                    }

                    private Supplier<String> greeting(String to) {
                        return () -> "hello " + to + " from " + name;
                    }

                    interface Named {
                        String name();

                        default Supplier<String> shout() {
                            return () -> name().toUpperCase(Locale.ROOT);
                        }
                    }

                    static class Counter {
                        private int n = 2;

                        IntSupplier twice() {
                            return () -> n * 2;
                        }
                    }

                    static class Plain {
                        static int three() {
                            return 3;
                        }
                    }

                    public static List<Object> functions() {
                        List<String> list = new ArrayList<>();
                        Named named = () -> "me";
                        return Arrays.asList(new Java8Lambdas("me").greeting("you"), named.shout(),
                                new Counter().twice(), (IntSupplier) Plain::three, (Consumer<String>) list::add,
                                (Predicate<String>) String::isEmpty);
                    }

                    public static List<String> results() {
                        List<String> out = new ArrayList<>();
                        List<Object> f = functions();
                        out.add(((Supplier<?>) f.get(0)).get().toString());
                        out.add(((Supplier<?>) f.get(1)).get().toString());
                        out.add(String.valueOf(((IntSupplier) f.get(2)).getAsInt()));
                        out.add(String.valueOf(((IntSupplier) f.get(3)).getAsInt()));
                        List<String> list = new ArrayList<>();
                        Consumer<String> add = list::add;
                        add.accept("a");
                        add.accept("b");
                        out.add(list.toString());
                        out.add(String.valueOf(((Predicate<String>) f.get(5)).test("")));
                        return out;
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "8", "-d", out.toString(), source.toString());
        assertThat(status).isZero();
        return out;
    }

    private static int majorVersion(ZipFile zip, String name) throws IOException {
        byte[] bytes = zip.getInputStream(zip.getEntry(name)).readAllBytes();
        return ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
    }

    /** A jar of the fixture classes as compiled. */
    private static Path fixtureJar(Path jar) throws IOException {
        Path classes = Path.of(LambdaFixtures.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        return jar(classes, jar, PREFIX);
    }

    /** A jar of the class files under {@code classes} whose names start with {@code prefix}. */
    private static Path jar(Path classes, Path jar, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> classes.relativize(f).toString().startsWith(prefix)).toList();
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
        return runStep(jar, PREFIX);
    }

    /** Runs the step on the classes of {@code jar} under {@code prefix}; its output, once it ended with 0. */
    private static String runStep(Path jar, String prefix) throws Exception {
        String classPath = BUILD_TOOLS + File.pathSeparator + library("asm-");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.fenghuang.build.LambdaClasses", jar.toString(), prefix)
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
    private static <T> List<T> call(Path jar, String name) throws Exception {
        return call(jar, LambdaFixtures.class.getName(), name);
    }

    /** Calls the static method {@code name} of {@code className} loaded from {@code jar} alone (and the JDK). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> call(Path jar, String className, String name) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fixtures = loader.loadClass(className);
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
