package dev.fenghuang.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Build step after {@link JarRepack} (issue 13): the lambdas and method references of the classes under the given
 * prefixes become classes of the jar. On Java 17 each {@code invokedynamic} call site of
 * {@code LambdaMetafactory.metafactory} is linked at its first run, even in classes from the class-data archive,
 * ~120 µs a call site (~0.4 ms with {@code java -jar}, which spins the class with ASM), where loading a class is a
 * tenth of that. Each such call site becomes an {@code invokestatic} of a factory with the same descriptor on a
 * {@link LambdaClass} written beside its host, so the host's stack and frames stay as they were; the nest host
 * (the top-level class) lists the new classes as its nest members. Call sites of {@code altMetafactory}
 * (serializable lambdas, marker interfaces, bridges) stay, and so does any call site {@link LambdaAccess} is not sure
 * a plain class may make, or whose host or nest host has a version of its own in a multi-release jar (a runtime
 * that reads that one would not see the nest's new members); both are counted. A library's Java 8 class becomes a
 * Java 11 one when it gets nest members.
 *
 * <p>Usage: {@code LambdaClasses JAR PREFIX[,PREFIX…]}, prefixes of class file names such as {@code dev/fenghuang/}.
 */
public final class LambdaClasses {
    static final String SUFFIX = "$$Fn$";
    private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    private final Map<String, byte[]> classes;
    /** Classes with a version of their own in a multi-release jar, which a runtime may read instead. */
    private final Set<String> versioned;
    private final LambdaAccess access;
    /** Classes written, each after its host's name, in the order of their hosts. */
    private final Map<String, Map<String, byte[]>> written = new LinkedHashMap<>();
    private final Map<String, List<String>> nestMembers = new LinkedHashMap<>();
    private int rewritten;
    private int alternative;
    private final List<String> unsure = new ArrayList<>();

    private LambdaClasses(Map<String, byte[]> classes, Set<String> versioned) {
        this.classes = classes;
        this.versioned = versioned;
        this.access = new LambdaAccess(classes);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LambdaClasses JAR PREFIX[,PREFIX...]");
        }
        Path jar = Path.of(args[0]);
        List<String> prefixes = List.of(args[1].split(","));
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Set<String> versioned = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                entries.put(entry.getName(), entry);
                if (JarRepack.version(entry.getName()) > 0 && entry.getName().endsWith(".class")) {
                    String base = JarRepack.baseName(entry.getName());
                    versioned.add(base.substring(0, base.length() - 6));
                }
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.put(entry.getName().substring(0, entry.getName().length() - 6), in.readAllBytes());
                    }
                }
            }
            LambdaClasses step = new LambdaClasses(classes, versioned);
            step.rewrite(prefixes);
            Path out = jar.resolveSibling(jar.getFileName() + ".lambdas");
            step.write(zip, entries, out);
            Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("LambdaClasses: %s: %d lambda call sites made classes, %d left to altMetafactory,"
                    + " %d left unsure%n", jar.getFileName(), step.rewritten, step.alternative, step.unsure.size());
            step.unsure.forEach(site -> System.out.println("LambdaClasses: unsure: " + site));
        }
    }

    /** Rewrites the classes under {@code prefixes} in place, then adds the new classes to their nests. */
    private void rewrite(List<String> prefixes) {
        for (String name : List.copyOf(classes.keySet())) {
            if (prefixes.stream().anyMatch(name::startsWith)) {
                byte[] host = rewriteHost(name, classes.get(name));
                if (host != null) {
                    classes.put(name, host);
                }
            }
        }
        nestMembers.forEach((host, members) -> classes.put(host, withNestMembers(classes.get(host), members)));
    }

    /** The host with its metafactory call sites replaced, or null when it has none this step replaces. */
    private byte[] rewriteHost(String host, byte[] bytes) {
        int before = rewritten;
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int flags, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(flags, name, descriptor, signature,
                        exceptions)) {
                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
                            Object... arguments) {
                        String lambdaClass = null;
                        if (METAFACTORY.equals(bootstrap.getOwner()) && "metafactory".equals(bootstrap.getName())) {
                            lambdaClass = replace(host, indyName, indyDescriptor, arguments);
                        } else if (METAFACTORY.equals(bootstrap.getOwner())) {
                            alternative++;
                        }
                        if (lambdaClass == null) {
                            super.visitInvokeDynamicInsn(indyName, indyDescriptor, bootstrap, arguments);
                        } else {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, lambdaClass, LambdaClass.FACTORY,
                                    indyDescriptor, false);
                        }
                    }
                };
            }
        }, 0);
        return rewritten == before ? null : writer.toByteArray();
    }

    /** The name of the class written for one call site, or null when this step leaves the call site as it is. */
    private String replace(String host, String name, String descriptor, Object[] arguments) {
        String nestHost = access.nestHost(host);
        if (arguments.length != 3 || !(arguments[0] instanceof Type erased) || !(arguments[1] instanceof Handle impl)
                || !(arguments[2] instanceof Type instantiated) || nestHost == null
                || versioned.contains(host) || versioned.contains(nestHost)
                || !access.mayHaveNestMembers(nestHost) || !access.mayCall(host, impl)) {
            unsure.add(host + " " + name + descriptor + " " + (arguments.length > 1 ? arguments[1] : ""));
            return null;
        }
        String className = freeName(host);
        byte[] lambdaClass;
        try {
            lambdaClass = LambdaClass.write(className, nestHost,
                    new LambdaClass.CallSite(name, descriptor, erased, impl, instantiated));
        } catch (IllegalArgumentException notAsTheMetafactoryWould) {
            unsure.add(host + " " + name + descriptor + " " + impl + ": " + notAsTheMetafactoryWould.getMessage());
            return null;
        }
        written.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(className, lambdaClass);
        nestMembers.computeIfAbsent(nestHost, h -> new ArrayList<>()).add(className);
        rewritten++;
        return className;
    }

    private String freeName(String host) {
        Map<String, byte[]> ofHost = written.getOrDefault(host, Map.of());
        for (int i = ofHost.size() + 1; ; i++) {
            String name = host + SUFFIX + i;
            if (!classes.containsKey(name) && !ofHost.containsKey(name)) {
                return name;
            }
        }
    }

    /**
     * The nest host with {@code members} added to its nest. A class file older than Java 11 (a library's built for
     * Java 8, whose nested classes then name no nest host either) becomes a Java 11 one, the first that has nests.
     */
    private static byte[] withNestMembers(byte[] host, List<String> members) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(host).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                int withNests = (version & 0xFFFF) < Opcodes.V11 ? Opcodes.V11 : version;
                super.visit(withNests, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitEnd() {
                members.forEach(super::visitNestMember);
                super.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }

    /** The jar with the classes rewritten, each new class right after its host; stored, as JarRepack left it. */
    private void write(ZipFile zip, Map<String, ZipEntry> entries, Path out) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zipOut = new ZipOutputStream(file)) {
            for (ZipEntry entry : entries.values()) {
                String name = entry.getName();
                String className = name.endsWith(".class") ? name.substring(0, name.length() - 6) : null;
                byte[] bytes;
                if (className != null && !name.startsWith("META-INF/")) {
                    bytes = classes.get(className);
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                }
                JarRepack.putStored(zipOut, name, entry.getTime(), bytes);
                for (Map.Entry<String, byte[]> lambda : written.getOrDefault(className, Map.of()).entrySet()) {
                    JarRepack.putStored(zipOut, lambda.getKey() + ".class", entry.getTime(), lambda.getValue());
                }
            }
        }
    }
}
