package dev.fenghuang.build;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The conversions {@code LambdaMetafactory} applies between a functional interface method's values and its
 * implementation's (the JDK's {@code TypeConvertingMethodAdapter.convertType}), for {@link LambdaClass}: a cast to
 * the instantiated type, boxing, unboxing and primitive widening. Straight-line code only.
 */
final class LambdaConversions {
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");
    private static final Type NUMBER = Type.getObjectType("java/lang/Number");
    private static final Type CHARACTER = Type.getObjectType("java/lang/Character");
    private static final Type BOOLEAN = Type.getObjectType("java/lang/Boolean");

    private LambdaConversions() {
    }

    /**
     * Converts the value of type {@code arg} on top of the stack to {@code target}, checking that a reference is of
     * the instantiated type {@code functional} on the way.
     */
    static void convert(MethodVisitor mv, Type arg, Type target, Type functional) {
        if (arg.equals(target) && arg.equals(functional)) {
            return;
        }
        if (arg.getSort() == Type.VOID || target.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(arg)) {
            fromPrimitive(mv, arg, target);
            return;
        }
        Type source = arg;
        if (!arg.equals(functional) && !isPrimitive(functional)) {
            source = functional;
            cast(mv, functional);
        }
        if (isPrimitive(target)) {
            toPrimitive(mv, source, target);
        } else if (!source.equals(target)) {
            cast(mv, target);
        }
    }

    private static void fromPrimitive(MethodVisitor mv, Type arg, Type target) {
        if (isPrimitive(target)) {
            widen(mv, arg, target);
            return;
        }
        Type unboxed = unboxed(target);
        if (unboxed != null) {
            widen(mv, arg, unboxed);
            box(mv, unboxed);
        } else {
            box(mv, arg);
            cast(mv, target);
        }
    }

    private static void toPrimitive(MethodVisitor mv, Type source, Type target) {
        Type unboxed = unboxed(source);
        if (unboxed == null) {
            // a reference that is no box, taken to be a supertype of the target's box
            cast(mv, target.getSort() == Type.CHAR ? CHARACTER : target.getSort() == Type.BOOLEAN ? BOOLEAN : NUMBER);
            unbox(mv, target);
        } else if (unboxed.getSort() == Type.CHAR || unboxed.getSort() == Type.BOOLEAN) {
            unbox(mv, unboxed);
            widen(mv, unboxed, target);
        } else {
            unbox(mv, target);
        }
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() != Type.OBJECT && type.getSort() != Type.ARRAY && type.getSort() != Type.VOID;
    }

    /** The primitive type a box holds, or null for a type that is no box. */
    static Type unboxed(Type type) {
        if (type.getSort() != Type.OBJECT) {
            return null;
        }
        return switch (type.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }

    private static Type box(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.CHAR -> "java/lang/Character";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalArgumentException("not primitive: " + primitive);
        });
    }

    private static void box(MethodVisitor mv, Type primitive) {
        Type box = box(primitive);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
                Type.getMethodDescriptor(box, primitive), false);
    }

    private static void unbox(MethodVisitor mv, Type to) {
        String owner = switch (to.getSort()) {
            case Type.BOOLEAN -> BOOLEAN.getInternalName();
            case Type.CHAR -> CHARACTER.getInternalName();
            default -> NUMBER.getInternalName();
        };
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, to.getClassName() + "Value", "()" + to.getDescriptor(),
                false);
    }

    private static void cast(MethodVisitor mv, Type to) {
        if (!to.equals(OBJECT)) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
        }
    }

    /** Primitive widening; boolean, byte, short, char and int are all an int on the stack. */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        int source = stackSort(from);
        int target = stackSort(to);
        if (source == target) {
            return;
        }
        int opcode = switch (source * 16 + target) {
            case Type.INT * 16 + Type.LONG -> Opcodes.I2L;
            case Type.INT * 16 + Type.FLOAT -> Opcodes.I2F;
            case Type.INT * 16 + Type.DOUBLE -> Opcodes.I2D;
            case Type.LONG * 16 + Type.FLOAT -> Opcodes.L2F;
            case Type.LONG * 16 + Type.DOUBLE -> Opcodes.L2D;
            case Type.FLOAT * 16 + Type.DOUBLE -> Opcodes.F2D;
            default -> throw new IllegalArgumentException("no widening from " + from + " to " + to);
        };
        mv.visitInsn(opcode);
    }

    private static int stackSort(Type type) {
        int sort = type.getSort();
        return sort == Type.BOOLEAN || sort == Type.BYTE || sort == Type.SHORT || sort == Type.CHAR ? Type.INT : sort;
    }
}
