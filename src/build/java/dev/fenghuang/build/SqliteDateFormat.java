package dev.fenghuang.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Build step for {@link JarRepack} (issue 13): sqlite-jdbc's connection settings make their date format when it is
 * first asked for, not when they are made. Every connection's settings made it at once: a {@code FastDateFormat},
 * whose printer reads the locale's date symbols (Java's CLDR locale data set up, ~100 classes) and whose parser
 * builds its strategies. Fenghuang never reads or writes a date through JDBC, and that was ~29 ms of processor in a
 * cold {@code java -jar … read}, before the store could answer. The settings' constructor and
 * {@code setDateStringFormat} now keep the pattern and leave the format unmade; {@code getDateFormat} makes it from
 * the pattern at its first call ({@code FastDateFormat.getInstance(pattern)}, as they did, with the time zone and
 * locale of that moment). Two threads asking at once each make one, and the formats are equal.
 *
 * <p>The step fails the build unless it finds exactly that: the field written in those two places from
 * {@code FastDateFormat.getInstance(String)}, and read only by {@code getDateFormat}.
 */
final class SqliteDateFormat {
    /** The class the step changes, as named in the jar. */
    static final String CLASS_FILE = "org/sqlite/SQLiteConnectionConfig.class";
    private static final String OWNER = "org/sqlite/SQLiteConnectionConfig";
    private static final String FORMAT = "org/sqlite/date/FastDateFormat";
    private static final String FORMAT_TYPE = "L" + FORMAT + ";";
    private static final String FIELD = "dateFormat";
    private static final String PATTERN_FIELD = "dateStringFormat";
    private static final String GET_INSTANCE = "(Ljava/lang/String;)" + FORMAT_TYPE;

    private SqliteDateFormat() {
    }

    /** {@code classFile} with its date format made at first use; throws when the class is not as expected. */
    static byte[] makeDateFormatLazily(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0); // frames and sizes as they were, the getter's written out
        int[] made = new int[1];
        int[] getters = new int[1];
        int[] otherReads = new int[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (name.equals("getDateFormat") && descriptor.equals("()" + FORMAT_TYPE)) {
                    getters[0]++;
                    writeLazyGetter(method);
                    return null; // the old body is dropped
                }
                return new MethodVisitor(Opcodes.ASM9, method) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean itf) {
                        if (opcode == Opcodes.INVOKESTATIC && owner.equals(FORMAT) && called.equals("getInstance")
                                && desc.equals(GET_INSTANCE)) {
                            made[0]++;
                            super.visitInsn(Opcodes.POP); // the pattern, kept in its own field
                            super.visitInsn(Opcodes.ACONST_NULL);
                            return;
                        }
                        super.visitMethodInsn(opcode, owner, called, desc, itf);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                        if (opcode == Opcodes.GETFIELD && owner.equals(OWNER) && field.equals(FIELD)) {
                            otherReads[0]++;
                        }
                        super.visitFieldInsn(opcode, owner, field, desc);
                    }
                };
            }
        }, 0);
        if (made[0] != 2 || getters[0] != 1 || otherReads[0] != 0) {
            throw new IllegalStateException("SqliteDateFormat: " + CLASS_FILE + " makes its date format in "
                    + made[0] + " places (2 expected), has " + getters[0] + " getDateFormat() and " + otherReads[0]
                    + " other reads of the field (none expected); sqlite-jdbc changed: look at the step again");
        }
        return writer.toByteArray();
    }

    /** {@code if (dateFormat == null) dateFormat = FastDateFormat.getInstance(dateStringFormat); return dateFormat;} */
    private static void writeLazyGetter(MethodVisitor m) {
        Label made = new Label();
        m.visitCode();
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitFieldInsn(Opcodes.GETFIELD, OWNER, FIELD, FORMAT_TYPE);
        m.visitJumpInsn(Opcodes.IFNONNULL, made);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitFieldInsn(Opcodes.GETFIELD, OWNER, PATTERN_FIELD, "Ljava/lang/String;");
        m.visitMethodInsn(Opcodes.INVOKESTATIC, FORMAT, "getInstance", GET_INSTANCE, false);
        m.visitFieldInsn(Opcodes.PUTFIELD, OWNER, FIELD, FORMAT_TYPE);
        m.visitLabel(made);
        m.visitFrame(Opcodes.F_SAME, 0, null, 0, null); // this alone, nothing on the stack
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitFieldInsn(Opcodes.GETFIELD, OWNER, FIELD, FORMAT_TYPE);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(2, 1);
        m.visitEnd();
    }
}
