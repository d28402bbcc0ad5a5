package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The jar's Lanterna answers its one-character check at once for one {@code char} (the build's LanternaCellCheck
 * step, issue 13), and every cell it makes or refuses is the one Lanterna's own class makes or refuses: each of the
 * 65,536 {@code char}s, and texts of more than one.
 */
class LanternaCellCheckIT {
    private static final Path JAR = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"));
    private static final String CELL = "com.googlecode.lanterna.TextCharacter";

    @Test
    void theJarsCheckTestsTheLengthBeforeMakingABreakIterator() throws Exception {
        List<String> calls = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(CELL.replace('.', '/') + ".class"))) {
            new ClassReader(in.readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if (!name.equals("validateSingleCharacter")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc,
                                boolean isInterface) {
                            calls.add(owner + "." + method);
                        }
                    };
                }
            }, 0);
        }

        assertThat(calls).startsWith("java/lang/String.length", "java/lang/String.charAt",
                "java/lang/Character.isSurrogate", "java/text/BreakIterator.getCharacterInstance");
    }

    @Test
    void everyCharMakesTheCellLanternasOwnClassMakes() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader()); URLClassLoader lanterna = ChildRead.libraryJar("lanterna")) {
            Class<?> quick = jar.loadClass(CELL);
            Class<?> own = lanterna.loadClass(CELL);
            assertThat(quick).isNotSameAs(own);
            List<String> differing = new ArrayList<>();
            for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
                String mine = made(quick, (char) c);
                String theirs = made(own, (char) c);
                if (!mine.equals(theirs)) {
                    differing.add(Integer.toHexString(c) + ": " + mine + " / " + theirs);
                }
            }
            assertThat(differing).isEmpty();
        }
    }

    @Test
    void longerTextsAreCheckedAsBefore() throws Exception {
        List<String> texts = List.of("a", "ab", "中文", "e\u0301", "\u0301", "\uD83D\uDE00", "\uD83D", "\uDE00",
                "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDE8\uD83C\uDDF3", "\r\n", "a\u200Db", "\t", "\u001B", " ");
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader()); URLClassLoader lanterna = ChildRead.libraryJar("lanterna")) {
            Class<?> quick = jar.loadClass(CELL);
            Class<?> own = lanterna.loadClass(CELL);
            for (String text : texts) {
                assertThat(cells(quick, text)).as(text).isEqualTo(cells(own, text));
            }
            assertThat(cells(quick, "ab")).isEqualTo("[a, b]");
            assertThat(cells(quick, "e\u0301")).isEqualTo("[e\u0301]");
        }
    }

    /** The cell {@code new TextCharacter(c)} makes (its text and width), or why it refuses. */
    private static String made(Class<?> cellClass, char c) throws ReflectiveOperationException {
        try {
            Object cell = cellClass.getConstructor(char.class).newInstance(c);
            return cellClass.getMethod("getCharacterString").invoke(cell) + " "
                    + cellClass.getMethod("isDoubleWidth").invoke(cell);
        } catch (InvocationTargetException e) {
            return "refused: " + e.getCause();
        }
    }

    /** The texts of the cells {@code TextCharacter.fromString(text)} makes, or why it refuses. */
    private static String cells(Class<?> cellClass, String text) throws ReflectiveOperationException {
        Method fromString = cellClass.getMethod("fromString", String.class);
        Method string = cellClass.getMethod("getCharacterString");
        try {
            Object[] made = (Object[]) fromString.invoke(null, text);
            List<Object> texts = new ArrayList<>();
            for (Object cell : made) {
                texts.add(string.invoke(cell));
            }
            return texts.toString();
        } catch (InvocationTargetException e) {
            return "refused: " + e.getCause();
        }
    }
}
