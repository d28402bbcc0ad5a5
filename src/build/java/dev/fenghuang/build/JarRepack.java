package dev.fenghuang.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step after {@link JarTrim}: rewrites the fat jar for the way a JVM reads it at start (issue 13).
 * <ul>
 *   <li>Every entry is stored, not deflated. A JVM with no class-data archive ({@code java -jar}) reads its classes
 *   and resources from the jar one by one, and inflating them was ~8% of a {@code read}'s CPU; the launcher reads the
 *   classes its archive lacks, the texts and the public suffix list the same way. The jar doubles on disk.</li>
 *   <li>A versioned entry ({@code META-INF/versions/N/…}) that every runtime the jar runs on would pick, N no higher
 *   than the release the jar is compiled for, replaces its base entry: the highest such N wins, as it would at run
 *   time. On that release a lookup then tries no version folder before the base, where a multi-release jar tries
 *   each version present. Versions above the release stay where they are, and the jar stays multi-release for
 *   them.</li>
 *   <li>Class files lose their local variable tables ({@link LocalVariableTables}).</li>
 *   <li>Lanterna's check that a cell holds one character answers at once for one {@code char}
 *   ({@link LanternaCellCheck}).</li>
 *   <li>sqlite-jdbc's connection settings make their date format when first asked for it ({@link SqliteDateFormat}).
 *   </li>
 * </ul>
 *
 * <p>Usage: {@code JarRepack JAR RELEASE}.
 */
public final class JarRepack {
    private static final String VERSIONS = "META-INF/versions/";

    private JarRepack() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: JarRepack JAR RELEASE");
        }
        Path jar = Path.of(args[0]);
        int release = Integer.parseInt(args[1]);
        Path out = jar.resolveSibling(jar.getFileName() + ".repack");
        int[] counts;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            counts = rewrite(zip, out, release);
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("JarRepack: %s: %d entries stored, %d versioned entries folded into the base%n",
                jar.getFileName(), counts[0], counts[1]);
        if (counts[2] != 1) {
            throw new IllegalStateException("JarRepack: " + LanternaCellCheck.CLASS_FILE + " not in " + jar);
        }
        if (counts[3] != 1) {
            throw new IllegalStateException("JarRepack: " + SqliteDateFormat.CLASS_FILE + " not in " + jar);
        }
    }

    /**
     * The version folder an entry lies in, or 0 for a base entry (and for anything under {@code META-INF/versions/}
     * that is not a version folder).
     */
    static int version(String name) {
        if (!name.startsWith(VERSIONS)) {
            return 0;
        }
        int slash = name.indexOf('/', VERSIONS.length());
        if (slash < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(name.substring(VERSIONS.length(), slash));
        } catch (NumberFormatException notAVersion) {
            return 0;
        }
    }

    /** The base name of a versioned entry. */
    static String baseName(String name) {
        return name.substring(name.indexOf('/', VERSIONS.length()) + 1);
    }

    /**
     * For each base name, the versioned entry of the highest version up to {@code release}, the one a runtime of that
     * release would read.
     */
    static Map<String, ZipEntry> folded(ZipFile zip, int release) {
        Map<String, ZipEntry> folded = new LinkedHashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            int version = version(entry.getName());
            if (version > 0 && version <= release) {
                String base = baseName(entry.getName());
                if (version > versions.getOrDefault(base, 0)) {
                    versions.put(base, version);
                    folded.put(base, entry);
                }
            }
        }
        return folded;
    }

    /**
     * Writes every entry stored, folded as {@link #folded} says; the number written, the number folded, the number
     * of Lanterna's cell classes given the quick check ({@link LanternaCellCheck}) and of sqlite-jdbc's connection
     * settings made to make their date format late ({@link SqliteDateFormat}).
     */
    private static int[] rewrite(ZipFile zip, Path out, int release) throws IOException {
        Map<String, ZipEntry> folded = folded(zip, release);
        Set<String> written = new HashSet<>();
        int quickened = 0;
        int late = 0;
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zipOut = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                int version = version(name);
                if (version > 0 && version <= release) {
                    continue; // written under its base name, in the base entry's place or at the end
                }
                write(zip, folded.getOrDefault(name, entry), name, zipOut);
                written.add(name);
                quickened += name.equals(LanternaCellCheck.CLASS_FILE) ? 1 : 0;
                late += name.equals(SqliteDateFormat.CLASS_FILE) ? 1 : 0;
            }
            for (Map.Entry<String, ZipEntry> f : folded.entrySet()) {
                if (!written.contains(f.getKey())) {
                    write(zip, f.getValue(), f.getKey(), zipOut);
                    written.add(f.getKey());
                }
            }
        }
        return new int[] {written.size(), folded.size(), quickened, late};
    }

    private static void write(ZipFile zip, ZipEntry from, String name, ZipOutputStream zipOut) throws IOException {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(from)) {
            bytes = in.readAllBytes();
        }
        if (name.equals(LanternaCellCheck.CLASS_FILE)) {
            bytes = LanternaCellCheck.quickenSingleChars(bytes);
        }
        if (name.equals(SqliteDateFormat.CLASS_FILE)) {
            bytes = SqliteDateFormat.makeDateFormatLazily(bytes);
        }
        if (name.endsWith(".class")) {
            bytes = LocalVariableTables.strip(bytes);
        }
        putStored(zipOut, name, from.getTime(), bytes);
    }

    /** Writes an entry stored, not deflated. */
    static void putStored(ZipOutputStream zipOut, String name, long time, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(time);
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(bytes.length);
        copy.setCompressedSize(bytes.length);
        copy.setCrc(crc.getValue());
        zipOut.putNextEntry(copy);
        zipOut.write(bytes);
        zipOut.closeEntry();
    }
}
