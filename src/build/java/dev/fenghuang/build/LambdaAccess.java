package dev.fenghuang.build;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What a class {@link LambdaClasses} writes beside a host may call, for the call sites it is sure of: the same as the
 * class the metafactory would define there (same package, same nest) may, without its method-handle fallbacks. A
 * member is looked up in the jar's class files, else in the running JDK's classes by reflection; one it cannot find
 * is not sure.
 */
final class LambdaAccess {
    /** A class file's major version, flags, nest host, supertypes and methods (name + descriptor to flags). */
    private record Facts(int version, int access, String nestHost, List<String> supertypes,
            Map<String, Integer> methods) {
    }

    /** A method or constructor found: the class that declares it and its flags. */
    private record Member(String declaringClass, int access) {
    }

    private final Map<String, byte[]> classes;
    private final Map<String, Facts> facts = new HashMap<>();

    /** {@code classes}: the jar's class files by internal name. */
    LambdaAccess(Map<String, byte[]> classes) {
        this.classes = classes;
    }

    /** The nest host of a class of the jar (itself when it names none), or null for a class not in the jar. */
    String nestHost(String className) {
        Facts f = facts(className);
        return f == null ? null : f.nestHost();
    }

    /**
     * Whether a nest member may be added to {@code nestHost}: a class file from Java 7 on, which has stack map
     * frames, so that it can become a Java 11 one (with nests) as it is.
     */
    boolean mayHaveNestMembers(String nestHost) {
        Facts f = facts(nestHost);
        return f != null && f.version() >= Opcodes.V1_7;
    }

    /** Whether a class in {@code host}'s package and nest may make the call {@code impl} names. */
    boolean mayCall(String host, Handle impl) {
        String owner = impl.getOwner();
        String hostNest = nestHost(host);
        if (owner.startsWith("[") || hostNest == null) {
            return false;
        }
        String key = impl.getName() + impl.getDesc();
        if (impl.getTag() == Opcodes.H_INVOKESPECIAL) {
            // a private lambda body of the host, as javac writes it for Java 8 (else it is a super call, not sure)
            Integer access = facts(host).methods().get(key);
            return owner.equals(host) && access != null && (access & Opcodes.ACC_PRIVATE) != 0;
        }
        if (impl.getTag() != Opcodes.H_INVOKESTATIC && impl.getTag() != Opcodes.H_INVOKEVIRTUAL
                && impl.getTag() != Opcodes.H_INVOKEINTERFACE && impl.getTag() != Opcodes.H_NEWINVOKESPECIAL) {
            return false;
        }
        Integer ownerAccess = classAccess(owner);
        Member member = member(owner, key);
        if (ownerAccess == null || member == null) {
            return false;
        }
        if (!samePackage(owner, host) && (ownerAccess & Opcodes.ACC_PUBLIC) == 0) {
            return false;
        }
        if ((member.access() & Opcodes.ACC_PRIVATE) != 0) {
            return hostNest.equals(nestHost(member.declaringClass()));
        }
        return (member.access() & Opcodes.ACC_PUBLIC) != 0 || samePackage(member.declaringClass(), host);
    }

    static boolean samePackage(String a, String b) {
        return a.substring(0, a.lastIndexOf('/') + 1).equals(b.substring(0, b.lastIndexOf('/') + 1));
    }

    private Facts facts(String className) {
        byte[] bytes = classes.get(className);
        if (bytes == null) {
            return null;
        }
        return facts.computeIfAbsent(className, name -> read(bytes));
    }

    private static Facts read(byte[] bytes) {
        int[] version = new int[1];
        int[] access = new int[1];
        String[] nestHost = new String[1];
        List<String> supertypes = new ArrayList<>();
        Map<String, Integer> methods = new HashMap<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int major, int flags, String name, String signature, String superName,
                    String[] interfaces) {
                version[0] = major & 0xFFFF;
                access[0] = flags;
                nestHost[0] = name;
                if (superName != null) {
                    supertypes.add(superName);
                }
                supertypes.addAll(List.of(interfaces));
            }

            @Override
            public void visitNestHost(String host) {
                nestHost[0] = host;
            }

            @Override
            public MethodVisitor visitMethod(int flags, String name, String descriptor, String signature,
                    String[] exceptions) {
                methods.put(name + descriptor, flags);
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new Facts(version[0], access[0], nestHost[0], supertypes, methods);
    }

    private Integer classAccess(String className) {
        Facts f = facts(className);
        if (f != null) {
            return f.access();
        }
        Class<?> c = jdkClass(className);
        return c == null ? null : c.getModifiers();
    }

    /** The member {@code key} (name + descriptor) of {@code owner}, declared there or inherited, or null. */
    private Member member(String owner, String key) {
        Facts f = facts(owner);
        if (f == null) {
            return jdkMember(owner, key);
        }
        Integer access = f.methods().get(key);
        if (access != null) {
            return new Member(owner, access);
        }
        if (key.startsWith("<init>")) {
            return null;
        }
        for (String supertype : f.supertypes()) {
            Member inherited = member(supertype, key);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static Member jdkMember(String owner, String key) {
        Class<?> c = jdkClass(owner);
        if (c == null) {
            return null;
        }
        if (key.startsWith("<init>")) {
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                if (key.equals("<init>" + Type.getConstructorDescriptor(constructor))) {
                    return member(constructor);
                }
            }
            return null;
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method method : k.getDeclaredMethods()) {
                if (key.equals(method.getName() + Type.getMethodDescriptor(method))) {
                    return member(method);
                }
            }
        }
        for (Method method : c.getMethods()) { // public methods of the superinterfaces too
            if (key.equals(method.getName() + Type.getMethodDescriptor(method))) {
                return member(method);
            }
        }
        return null;
    }

    private static Member member(Executable e) {
        return new Member(Type.getInternalName(e.getDeclaringClass()), e.getModifiers());
    }

    private static Class<?> jdkClass(String className) {
        try {
            return Class.forName(className.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException | LinkageError notThere) {
            return null;
        }
    }
}
