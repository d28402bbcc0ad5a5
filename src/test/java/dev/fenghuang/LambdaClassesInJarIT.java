package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The program's lambdas and method references are classes of the built jar (the build's LambdaClasses step, issue
 * 13), and so are those of the libraries a reader runs: none of their classes links one through
 * {@code LambdaMetafactory.metafactory} at run time, and a read through the launcher loads no lambda class the JVM
 * spins for them (the JDK's own it still does).
 */
class LambdaClassesInJarIT {
    private static final Path JAR = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"));

    /** The classes the step rewrites: the program's and those of the libraries a reader runs. */
    private static final List<String> REWRITTEN = List.of("dev/fenghuang/", "org/jsoup/", "org/sqlite/",
            "org/apache/hc/", "com/github/benmanes/", "com/googlecode/lanterna/");

    @TempDir
    Path home;

    @Test
    void noClassOfTheProgramOrItsReaderLibrariesCallsTheMetafactory() throws Exception {
        List<String> metafactory = new ArrayList<>();
        List<String> alternative = new ArrayList<>();
        int classes = 0;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> REWRITTEN.stream().anyMatch(e.getName()::startsWith)
                    && e.getName().endsWith(".class")).toList()) {
                classes++;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (String bootstrap : bootstrapMethods(in.readAllBytes())) {
                        (bootstrap.equals("metafactory") ? metafactory : alternative).add(entry.getName());
                    }
                }
            }
        }

        assertThat(classes).isGreaterThan(2_000);
        assertThat(metafactory).isEmpty();
        // serializable lambdas and marker interfaces would be left to altMetafactory; these classes have none
        assertThat(alternative).isEmpty();
    }

    @Test
    void aReadThroughTheLauncherLoadsNoSpunLambdaOfTheProgramOrItsLibraries() throws Exception {
        String log = run(List.of(JAR.resolveSibling("fenghuang").toString(), "--demo", "--lang", "en", "read", "1"));

        List<String> loaded = log.lines().filter(l -> l.contains("class,load")).toList();
        assertThat(log).contains("巾帼脱贫行动");
        assertThat(loaded).anyMatch(l -> l.contains("dev.fenghuang.") && l.contains("$$Fn$"))
                .anyMatch(l -> l.contains("org.jsoup.") && l.contains("$$Fn$"))
                .anyMatch(l -> l.contains("$$Lambda$"))
                .noneMatch(l -> REWRITTEN.stream().anyMatch(p -> l.contains(" " + p.replace('/', '.'))
                        && l.contains("$$Lambda$")));
    }

    private static List<String> bootstrapMethods(byte[] classFile) {
        List<String> names = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String indy, String desc, Handle bootstrap, Object... args) {
                        if (bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory")) {
                            names.add(bootstrap.getName());
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return names;
    }

    /** Runs {@code command} with the JVM's class loading logged to stdout; its output, once it ended with 0. */
    private String run(List<String> command) throws Exception {
        return BuiltProgram.run(command, home,
                Map.of("FENGHUANG_JVM_OPTIONS", "-Xlog:class+load=info:stdout"));
    }
}
