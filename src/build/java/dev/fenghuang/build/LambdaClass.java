package dev.fenghuang.build;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The class {@link LambdaClasses} puts in place of one {@code LambdaMetafactory.metafactory} call site: what the
 * metafactory would spin at run time, written at build time. It implements the functional interface, holds the
 * captured values in final fields, and its static {@link #FACTORY} takes the call site's arguments and returns an
 * instance (the one instance when nothing is captured), so the host calls it with the call site's own descriptor.
 * The interface method loads the captured values and its parameters, converted as the metafactory does
 * ({@link LambdaConversions}), calls the implementation and converts its result. It is a nestmate of the host's nest,
 * since javac's lambda bodies are private. Straight-line code only: a version 61 class file that needs no stack map.
 */
final class LambdaClass {
    /** The static method that makes an instance; a name no Java source can declare. */
    static final String FACTORY = "$make";
    private static final String INSTANCE = "$instance";

    /** One call site: its name and descriptor, and the metafactory's three arguments. */
    record CallSite(String name, String descriptor, Type erasedMethod, Handle implementation, Type instantiated) {
        Type functionalInterface() {
            return Type.getReturnType(descriptor);
        }

        Type[] captured() {
            return Type.getArgumentTypes(descriptor);
        }
    }

    private LambdaClass() {
    }

    /**
     * The class file of {@code className}, in the nest of {@code nestHost}: a private method of the nest is called
     * as a nestmate calls one, by invokevirtual or invokeinterface (or invokestatic), as the metafactory's class does.
     *
     * @throws IllegalArgumentException when the metafactory's types do not fit together as it would require
     */
    static byte[] write(String className, String nestHost, CallSite site) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, className, null,
                "java/lang/Object", new String[] {site.functionalInterface().getInternalName()});
        cw.visitNestHost(nestHost);
        Type[] captured = site.captured();
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(i), captured[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        writeConstructor(cw, className, captured);
        writeFactory(cw, className, site);
        writeInterfaceMethod(cw, className, site);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String field(int i) {
        return "c" + i;
    }

    private static void writeConstructor(ClassWriter cw, String className, Type[] captured) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>",
                Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            mv.visitFieldInsn(Opcodes.PUTFIELD, className, field(i), captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void writeFactory(ClassWriter cw, String className, CallSite site) {
        Type[] captured = site.captured();
        String instanceType = site.functionalInterface().getDescriptor();
        if (captured.length == 0) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INSTANCE, instanceType, null,
                    null).visitEnd();
            MethodVisitor init = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            init.visitCode();
            init.visitTypeInsn(Opcodes.NEW, className);
            init.visitInsn(Opcodes.DUP);
            init.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>", "()V", false);
            init.visitFieldInsn(Opcodes.PUTSTATIC, className, INSTANCE, instanceType);
            init.visitInsn(Opcodes.RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, FACTORY, site.descriptor(), null, null);
        mv.visitCode();
        if (captured.length == 0) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, className, INSTANCE, instanceType);
        } else {
            mv.visitTypeInsn(Opcodes.NEW, className);
            mv.visitInsn(Opcodes.DUP);
            int slot = 0;
            for (Type type : captured) {
                mv.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
                slot += type.getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>",
                    Type.getMethodDescriptor(Type.VOID_TYPE, captured), false);
        }
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void writeInterfaceMethod(ClassWriter cw, String className, CallSite site) {
        Type erased = site.erasedMethod();
        Handle impl = site.implementation();
        Type[] implParameters = implementationParameters(impl);
        Type[] captured = site.captured();
        Type[] parameters = erased.getArgumentTypes();
        Type[] instantiated = site.instantiated().getArgumentTypes();
        if (implParameters.length != captured.length + parameters.length || instantiated.length != parameters.length) {
            throw new IllegalArgumentException("arity of " + impl + " against " + site);
        }
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, site.name(), erased.getDescriptor(), null, null);
        mv.visitCode();
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, className, field(i), captured[i].getDescriptor());
        }
        int slot = 1;
        for (int i = 0; i < parameters.length; i++) {
            mv.visitVarInsn(parameters[i].getOpcode(Opcodes.ILOAD), slot);
            slot += parameters[i].getSize();
            LambdaConversions.convert(mv, parameters[i], implParameters[captured.length + i], instantiated[i]);
        }
        invoke(mv, impl);
        Type implReturn = impl.getTag() == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(impl.getOwner())
                : Type.getReturnType(impl.getDesc());
        Type returned = erased.getReturnType();
        if (returned.getSort() == Type.VOID) {
            if (implReturn.getSort() != Type.VOID) {
                mv.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
        } else if (implReturn.getSort() == Type.VOID) {
            throw new IllegalArgumentException("void " + impl + " for " + returned);
        } else {
            LambdaConversions.convert(mv, implReturn, returned, returned);
        }
        mv.visitInsn(returned.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The implementation's parameters as a method handle sees them: the receiver first, unless it is static. */
    private static Type[] implementationParameters(Handle impl) {
        Type[] declared = Type.getArgumentTypes(impl.getDesc());
        if (impl.getTag() == Opcodes.H_INVOKESTATIC || impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            return declared;
        }
        Type[] withReceiver = new Type[declared.length + 1];
        withReceiver[0] = Type.getObjectType(impl.getOwner());
        System.arraycopy(declared, 0, withReceiver, 1, declared.length);
        return withReceiver;
    }

    private static void invoke(MethodVisitor mv, Handle impl) {
        int opcode = switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            // a private method of the host (javac's for Java 8), which a nestmate calls as the metafactory's class does
            case Opcodes.H_INVOKESPECIAL -> impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
            default -> throw new IllegalArgumentException("handle kind " + impl.getTag());
        };
        mv.visitMethodInsn(opcode, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
    }
}
