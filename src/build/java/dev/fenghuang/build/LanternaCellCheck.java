package dev.fenghuang.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Build step for {@link JarRepack} (issue 13): Lanterna's check that a cell holds one character answers at once for
 * a single {@code char} that is not half of a surrogate pair. Every {@code TextCharacter} Lanterna makes passes its
 * text to {@code validateSingleCharacter}, which makes a new break iterator, sets the text and walks it; for one
 * such {@code char} the walk can only find one character, so the answer is the same. It was ~7 ms of the reader's
 * first frame (each distinct character of the screen made once, all of it interpreted), on the one thread that
 * draws. Any other text (a surrogate pair, a cluster, an empty string) is checked as before.
 *
 * <p>The step fails the build when the class has no such method, so a Lanterna that changed it is seen at once.
 */
final class LanternaCellCheck {
    /** The class the step changes, as named in the jar. */
    static final String CLASS_FILE = "com/googlecode/lanterna/TextCharacter.class";
    private static final String METHOD = "validateSingleCharacter";
    private static final String DESCRIPTOR = "(Ljava/lang/String;)V";

    private LanternaCellCheck() {
    }

    /** {@code classFile} with the check's quick answer put first; throws when the check is not there. */
    static byte[] quickenSingleChars(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] found = new boolean[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (!name.equals(METHOD) || !descriptor.equals(DESCRIPTOR) || (access & Opcodes.ACC_STATIC) != 0) {
                    return method;
                }
                found[0] = true;
                return new MethodVisitor(Opcodes.ASM9, method) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        quickAnswer(this);
                    }

                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        super.visitMaxs(Math.max(maxStack, 2), maxLocals);
                    }
                };
            }
        }, 0);
        if (!found[0]) {
            throw new IllegalStateException("LanternaCellCheck: no " + METHOD + DESCRIPTOR + " in " + CLASS_FILE
                    + "; Lanterna changed: look at the check again");
        }
        return writer.toByteArray();
    }

    /** {@code if (text.length() == 1 && !Character.isSurrogate(text.charAt(0))) return;} */
    private static void quickAnswer(MethodVisitor m) {
        Label check = new Label();
        m.visitVarInsn(Opcodes.ALOAD, 1);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
        m.visitInsn(Opcodes.ICONST_1);
        m.visitJumpInsn(Opcodes.IF_ICMPNE, check);
        m.visitVarInsn(Opcodes.ALOAD, 1);
        m.visitInsn(Opcodes.ICONST_0);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Character", "isSurrogate", "(C)Z", false);
        m.visitJumpInsn(Opcodes.IFNE, check);
        m.visitInsn(Opcodes.RETURN);
        m.visitLabel(check);
        // the frame at the method's start: this and the text, nothing on the stack
        m.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
    }
}
