package dev.fenghuang.app;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.TreeMap;

/**
 * One language's texts as a table sorted by key, in which a text is looked up and decoded when first asked for,
 * instead of a {@code .properties} file read whole at each start (issue 13: {@code Properties} reads its 50 KB
 * character by character, ~6 ms of a cold reader's processor before its first frame, and far more under
 * {@code java -jar}, which compiles that loop). The build writes each bundle's table ({@link #main}) beside it from
 * the bundle as {@link PropertyResourceBundle} reads it; classes built elsewhere have no table, and {@link Texts}
 * reads the bundle as before.
 *
 * <p>Layout, big-endian: the magic number, the number of texts, each text's offset in the records in the order of
 * their keys' UTF-8 bytes, then the records: the key as a length (two bytes) and its UTF-8, the text as a length
 * (four bytes) and its UTF-8.
 */
final class TextTable {
    /** A table's resource beside this class is its bundle's name with this ending. */
    static final String ENDING = ".tbl";
    private static final int MAGIC = 0x46485431; // "FHT1"

    private final byte[] table;
    private final int count;
    private final TextTable parent;
    /** Each text once decoded, by its place in the table (a race decodes it twice, to an equal string). */
    private final String[] decoded;

    private TextTable(byte[] table, TextTable parent) {
        ByteBuffer in = ByteBuffer.wrap(table);
        if (table.length < 8 || in.getInt() != MAGIC) {
            throw new IllegalStateException("not a table of texts");
        }
        this.table = table;
        this.count = in.getInt();
        this.parent = parent;
        this.decoded = new String[count];
    }

    /**
     * The table of the bundle {@code name} ({@code texts_zh} beside this class, or a path from the classes' root
     * such as {@code /config/fenghuang}), its texts looked up in {@code parent} when it lacks them; empty when the
     * build wrote none.
     */
    static java.util.Optional<TextTable> read(String name, TextTable parent) {
        try (InputStream in = TextTable.class.getResourceAsStream(name + ENDING)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(new TextTable(in.readAllBytes(),
                    parent));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts " + name + ENDING, e);
        }
    }

    /** A table of {@code texts}, as the build writes one, read back; for tests. */
    static TextTable of(Map<String, String> texts, TextTable parent) {
        return new TextTable(write(texts), parent);
    }

    /** The text of {@code key}, from this table or its parent's; null when neither has one. */
    String get(String key) {
        int at = find(key.getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
            return parent == null ? null : parent.get(key);
        }
        String text = decoded[at];
        if (text == null) {
            int record = record(at);
            int textAt = record + 2 + unsignedShort(record);
            text = new String(table, textAt + 4, intAt(textAt), StandardCharsets.UTF_8);
            decoded[at] = text;
        }
        return text;
    }

    /** The keys of this table's own texts, in table order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int record = record(i);
            keys.add(new String(table, record + 2, unsignedShort(record), StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableList(keys);
    }

    /** The place of {@code key}'s text in the table by binary search, or -1. */
    private int find(byte[] key) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int record = record(mid);
            int c = Arrays.compareUnsigned(table, record + 2, record + 2 + unsignedShort(record), key, 0, key.length);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int record(int place) {
        return intAt(8 + 4 * place);
    }

    private int intAt(int at) {
        return (unsignedShort(at) << 16) | unsignedShort(at + 2);
    }

    private int unsignedShort(int at) {
        return ((table[at] & 0xFF) << 8) | (table[at + 1] & 0xFF);
    }

    /**
     * Writes the table of each {@code .properties} file named, without its ending, after the classes' folder
     * {@code args[0]} ({@code dev/fenghuang/app/texts}), beside it: the build's step.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Map<String, String> texts;
            try (InputStream in = Files.newInputStream(classes.resolve(args[i] + ".properties"))) {
                texts = texts(in);
            }
            Files.write(classes.resolve(args[i] + ENDING), write(texts));
        }
    }

    /** A bundle's own texts by key, read as {@link java.util.ResourceBundle} reads a {@code .properties} bundle. */
    static Map<String, String> texts(InputStream properties) throws IOException {
        PropertyResourceBundle bundle = new PropertyResourceBundle(properties);
        Map<String, String> texts = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            texts.put(key, bundle.getString(key));
        }
        return texts;
    }

    static byte[] write(Map<String, String> texts) {
        List<byte[][]> entries = new ArrayList<>();
        texts.forEach((key, text) -> entries.add(new byte[][] {key.getBytes(StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_8)}));
        entries.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
        try {
            ByteArrayOutputStream records = new ByteArrayOutputStream();
            DataOutputStream r = new DataOutputStream(records);
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(whole);
            out.writeInt(MAGIC);
            out.writeInt(entries.size());
            int recordsAt = 8 + 4 * entries.size();
            for (byte[][] e : entries) {
                if (e[0].length > 0xFFFF) {
                    throw new IllegalArgumentException("a key over 65,535 bytes");
                }
                out.writeInt(recordsAt + r.size());
                r.writeShort(e[0].length);
                r.write(e[0]);
                r.writeInt(e[1].length);
                r.write(e[1]);
            }
            out.write(records.toByteArray());
            return whole.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
