package dev.fenghuang.build;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step after the shade plugin: rewrites the fat jar without its directory entries and without the classes under
 * the trimmed prefixes that no kept class refers to. Java reads the whole central directory of the jar at every start, so
 * each entry costs every command (issue 13). A class is kept when it lies outside the trimmed prefixes, matches a root
 * prefix, is named in a {@code META-INF/services} file, or is named by a kept class: in its constant pool (classes,
 * descriptors, signatures) or by a string constant spelling its full name (what {@code Class.forName} receives).
 * Classes found only by names built at run time must be roots.
 *
 * <p>Usage: {@code JarTrim JAR TRIMMED-PREFIX[,TRIMMED-PREFIX...] ROOT-PREFIX...}, prefixes as entry names
 * ({@code org/bouncycastle/}).
 */
public final class JarTrim {
    private static final String VERSIONS = "META-INF/versions/";
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

    private JarTrim() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: JarTrim JAR TRIMMED-PREFIX[,TRIMMED-PREFIX...] ROOT-PREFIX...");
        }
        Path jar = Path.of(args[0]);
        List<String> trimmed = List.of(args[1].split(","));
        List<String> roots = List.of(args).subList(2, args.length);
        Path out = jar.resolveSibling(jar.getFileName() + ".trim");
        int[] counts;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Set<String> kept = keptClasses(zip, trimmed, roots);
            counts = rewrite(zip, out, entry -> !entry.isDirectory() && (!entry.getName().endsWith(".class")
                    || !under(className(entry.getName()), trimmed) || kept.contains(className(entry.getName()))));
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("JarTrim: %s: %d entries kept of %d%n", jar.getFileName(), counts[0], counts[1]);
    }

    /** The class an entry holds, as its entry name in the jar's root ({@code a/B.class}), or the entry's name. */
    static String className(String entry) {
        if (entry.startsWith(VERSIONS)) {
            int slash = entry.indexOf('/', VERSIONS.length());
            if (slash > 0) {
                return entry.substring(slash + 1);
            }
        }
        return entry;
    }

    private static boolean under(String name, List<String> prefixes) {
        return prefixes.stream().anyMatch(name::startsWith);
    }

    /** The classes under {@code trimmed} reachable from every other class, from the roots and from service files. */
    static Set<String> keptClasses(ZipFile zip, List<String> trimmed, List<String> roots) throws IOException {
        Map<String, List<ZipEntry>> byClass = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (entry.getName().endsWith(".class") && !entry.isDirectory()) {
                byClass.computeIfAbsent(className(entry.getName()), k -> new ArrayList<>()).add(entry);
            } else if (entry.getName().startsWith("META-INF/services/") && !entry.isDirectory()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                            .forEach(service -> todo.add(service.replace('.', '/') + ".class"));
                }
            }
        }
        for (String name : byClass.keySet()) {
            if (!under(name, trimmed) || under(name, roots)) {
                todo.add(name);
            }
        }
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!reached.add(name)) {
                continue;
            }
            for (ZipEntry entry : byClass.getOrDefault(name, List.of())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (String referred : referencedClasses(in)) {
                        String file = referred + ".class";
                        if (byClass.containsKey(file) && !reached.contains(file)) {
                            todo.add(file);
                        }
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The internal names ({@code a/B}) a class file names in its constant pool: class entries, class names inside
     * descriptors and signatures, and string constants that spell a binary class name ({@code a.B$C}).
     */
    static Set<String> referencedClasses(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classIndexes = new ArrayList<>();
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIndexes.add(in.readUnsignedShort());
                case 8 -> stringIndexes.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> names = new HashSet<>();
        for (int index : classIndexes) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                addDescriptorClasses(name, names);
            } else {
                names.add(name);
            }
        }
        for (int index : stringIndexes) {
            names.add(utf8[index].replace('.', '/'));
        }
        for (String text : utf8) {
            if (text != null && text.indexOf(';') > 0) {
                addDescriptorClasses(text, names);
            }
        }
        return names;
    }

    private static void addDescriptorClasses(String descriptor, Set<String> names) {
        Matcher m = DESCRIPTOR_CLASS.matcher(descriptor);
        while (m.find()) {
            names.add(m.group(1));
        }
    }

    interface EntryFilter {
        boolean keep(ZipEntry entry);
    }

    /** Copies the kept entries, in their order, into {@code out}; the number kept and the number read. */
    private static int[] rewrite(ZipFile zip, Path out, EntryFilter filter) throws IOException {
        int kept = 0;
        int all = 0;
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zipOut = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                all++;
                if (!filter.keep(entry)) {
                    continue;
                }
                kept++;
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setMethod(entry.getMethod());
                if (entry.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                zipOut.putNextEntry(copy);
                zipOut.write(bytes);
                zipOut.closeEntry();
            }
        }
        return new int[] {kept, all};
    }
}
