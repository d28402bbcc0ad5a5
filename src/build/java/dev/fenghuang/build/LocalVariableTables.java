package dev.fenghuang.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Drops the local variable tables (and their generic twins) from a class file, for {@link JarRepack} (issue 13).
 * Only a debugger reads them; the launcher's class-data archive kept each loaded method's table and the names in
 * it, ~0.65 MB of every reader's resident memory (every page of the archive is). The constant pool is written anew,
 * so the names only those tables used go too. Line numbers stay, for stack traces. A class file this ASM cannot read
 * (a newer version) is kept as it is.
 */
final class LocalVariableTables {
    private LocalVariableTables() {
    }

    static byte[] strip(byte[] classFile) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException newerThanAsm) {
            return classFile;
        }
        // no reader given to the writer: it would copy the old constant pool whole, the tables' names with it
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature,
                        exceptions)) {
                    @Override
                    public void visitLocalVariable(String local, String type, String generic, Label start, Label end,
                            int index) {
                        // dropped
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
