package dev.fenghuang.http;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

/**
 * HttpClient's public suffix list as a table sorted by the name each rule is about, so that the rules that may apply
 * to a name are found by looking its suffixes up, not by scanning the list's ~16,000 lines (issue 13: the scan was
 * ~8 ms of the ~195 ms of a cold {@code read} from the site with the launcher, more under {@code java -jar}, on the
 * way to the first request's cookies). The build writes the table ({@link #main}) into the classes beside this one
 * from the list in the HttpClient it builds with; classes compiled elsewhere make it from the list at first use, as
 * the build would. {@link PublicSuffixes} hands what {@link #rulesFor} picks to HttpClient's own parser and matcher,
 * so every answer is still HttpClient's.
 *
 * <p>Layout, big-endian: the magic number; the number of the list's section headings ({@code // ===BEGIN ICANN
 * DOMAINS===} and the like), each as a length and its UTF-8; the number of rules and each rule's offset in the
 * records, in the order of their names' UTF-8 bytes (list order among equal names); the records, each the index of
 * the heading above the rule in the list ({@value #NO_HEADING} for none), the name as a length and its UTF-8, and how
 * the rule is written: a number for the name as it is, as a wildcard ({@code *.}) or as an exception ({@code !}), or
 * {@value #VERBATIM} and the rule's line as the list writes it, as a length and its UTF-8 (the parser is given the
 * line itself, as it reads it in the whole list). A rule's name is the first word of its line without {@code !} or
 * {@code *.}, lower-cased.
 */
final class PublicSuffixIndex {
    /** The table's resource, beside this class. */
    static final String BUILT = "public-suffixes.idx";
    private static final int MAGIC = 0x46485831; // "FHX1"
    private static final String HEADING = "// ===";
    private static final int NO_HEADING = 0xFF;
    /** How a rule's line is written from its name, by number: as it is, a wildcard, an exception. */
    private static final List<String> FORMS = List.of("", "*.", "!");
    /** A rule's line written otherwise (capital letters, white space, words after the rule): the line follows. */
    private static final int VERBATIM = 3;

    private final byte[] table;
    private final List<String> headings;
    private final int count;
    private final int offsetsAt;
    private final int recordsAt;

    private PublicSuffixIndex(byte[] table) {
        ByteBuffer in = ByteBuffer.wrap(table);
        if (in.getInt() != MAGIC) {
            throw new IllegalStateException("not a public suffix table: " + BUILT);
        }
        List<String> names = new ArrayList<>();
        for (int n = in.getInt(); n > 0; n--) {
            int length = in.getShort() & 0xFFFF;
            names.add(new String(table, in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
        }
        this.table = table;
        this.headings = List.copyOf(names);
        this.count = in.getInt();
        this.offsetsAt = in.position();
        this.recordsAt = offsetsAt + 4 * count;
    }

    /** Writes the table of the list HttpClient carries to the file {@code args[0]}: the build's step. */
    public static void main(String[] args) throws IOException {
        try (InputStream list = list()) {
            Files.write(Path.of(args[0]), write(list));
        }
    }

    /** The table the build wrote, else the one the list on the class path makes. */
    static PublicSuffixIndex load() {
        try (InputStream built = PublicSuffixIndex.class.getResourceAsStream(BUILT)) {
            if (built != null) {
                return new PublicSuffixIndex(readWhole(built));
            }
            try (InputStream list = list()) {
                return new PublicSuffixIndex(write(list));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the public suffix list could not be read", e);
        }
    }

    /** The table of {@code table}'s bytes (what {@link #write} wrote). */
    static PublicSuffixIndex of(byte[] table) {
        return new PublicSuffixIndex(table);
    }

    private static InputStream list() throws IOException {
        InputStream list = PublicSuffixMatcherLoader.class.getResourceAsStream(PublicSuffixes.LIST);
        if (list == null) {
            throw new IOException("no public suffix list at " + PublicSuffixes.LIST);
        }
        return list;
    }

    /**
     * The whole stream, in one array of its size when the stream knows it (a jar's entry says how much is left), where
     * reading to the end would fill buffers and copy them into one more.
     */
    private static byte[] readWhole(InputStream in) throws IOException {
        byte[] whole = new byte[Math.max(in.available(), 0)];
        int read = in.readNBytes(whole, 0, whole.length);
        byte[] rest = in.readAllBytes();
        if (read == whole.length && rest.length == 0) {
            return whole;
        }
        byte[] all = Arrays.copyOf(whole, read + rest.length);
        System.arraycopy(rest, 0, all, read, rest.length);
        return all;
    }

    /** A rule of the list: its name's UTF-8, its line as written, the heading above it (-1: none). */
    private record Rule(byte[] name, String text, int heading) {
    }

    /** The table of a list (UTF-8, read line by line as HttpClient's parser reads it). */
    static byte[] write(InputStream list) throws IOException {
        List<String> headings = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(HEADING)) {
                headings.add(line);
                continue;
            }
            String rule = firstWord(line);
            if (!rule.isEmpty() && !rule.startsWith("//")) {
                rules.add(new Rule(nameOf(rule).getBytes(StandardCharsets.UTF_8), line, headings.size() - 1));
            }
        }
        if (headings.size() >= NO_HEADING) {
            throw new IOException("the public suffix list has " + headings.size() + " section headings");
        }
        rules.sort(Comparator.comparing(Rule::name, Arrays::compareUnsigned)); // stable: list order among equals
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        DataOutputStream record = new DataOutputStream(records);
        int[] offsets = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            offsets[i] = record.size();
            record.writeByte(rule.heading() < 0 ? NO_HEADING : rule.heading());
            writeBytes(record, rule.name());
            String name = new String(rule.name(), StandardCharsets.UTF_8);
            int form = VERBATIM;
            for (int f = 0; f < FORMS.size(); f++) {
                form = rule.text().equals(FORMS.get(f) + name) ? f : form;
            }
            record.writeByte(form);
            if (form == VERBATIM) {
                writeBytes(record, rule.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(table);
        out.writeInt(MAGIC);
        out.writeInt(headings.size());
        for (String heading : headings) {
            writeBytes(out, heading.getBytes(StandardCharsets.UTF_8));
        }
        out.writeInt(rules.size());
        for (int offset : offsets) {
            out.writeInt(offset);
        }
        records.writeTo(out);
        return table.toByteArray();
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes.length > 0xFFFF) {
            throw new IOException("a line of the public suffix list is longer than 65,535 bytes");
        }
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    /** The rule on a line of the list: HttpClient's parser reads up to the first white space. */
    private static String firstWord(String line) {
        String rule = line.strip();
        for (int i = 0; i < rule.length(); i++) {
            if (Character.isWhitespace(rule.charAt(i))) {
                return rule.substring(0, i);
            }
        }
        return rule;
    }

    /** The name a rule ("uk", "*.ck", "!www.ck") is about, lower-cased. */
    private static String nameOf(String rule) {
        String name = rule.startsWith("!") ? rule.substring(1) : rule.startsWith("*.") ? rule.substring(2) : rule;
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * A list HttpClient's parser reads as it reads the whole one for these names: every section heading in order, and
     * under each the rules it heads that name one of the names (lower-case) or a suffix of one by labels.
     */
    String rulesFor(Collection<String> names) {
        List<List<String>> under = new ArrayList<>();
        for (int h = 0; h <= headings.size(); h++) {
            under.add(new ArrayList<>());
        }
        for (String name : names) {
            for (int from = 0; from >= 0; ) {
                collect(name.substring(from).getBytes(StandardCharsets.UTF_8), under);
                int dot = name.indexOf('.', from);
                from = dot < 0 ? -1 : dot + 1;
            }
        }
        StringBuilder list = new StringBuilder();
        for (int h = -1; h < headings.size(); h++) {
            if (h >= 0) {
                list.append(headings.get(h)).append('\n');
            }
            for (String rule : under.get(h + 1)) {
                list.append(rule).append('\n');
            }
        }
        return list.toString();
    }

    /** Adds the rules about {@code name} to the lists of their headings (index 0: none). */
    private void collect(byte[] name, List<List<String>> under) {
        for (int i = first(name); i < count && compare(i, name) == 0; i++) {
            int at = record(i);
            int heading = table[at] & 0xFF;
            int formAt = at + 3 + length(at + 1);
            int form = table[formAt];
            String text = form == VERBATIM
                    ? new String(table, formAt + 3, length(formAt + 1), StandardCharsets.UTF_8)
                    : FORMS.get(form) + new String(name, StandardCharsets.UTF_8);
            List<String> rules = under.get(heading == NO_HEADING ? 0 : heading + 1);
            if (!rules.contains(text)) {
                rules.add(text);
            }
        }
    }

    /** The index of the first rule whose name is not below {@code name}. */
    private int first(byte[] name) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compare(mid, name) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int compare(int rule, byte[] name) {
        int at = record(rule);
        int length = length(at + 1);
        return Arrays.compareUnsigned(table, at + 3, at + 3 + length, name, 0, name.length);
    }

    private int record(int rule) {
        int at = offsetsAt + 4 * rule;
        return recordsAt + ((table[at] & 0xFF) << 24 | (table[at + 1] & 0xFF) << 16 | (table[at + 2] & 0xFF) << 8
                | table[at + 3] & 0xFF);
    }

    private int length(int at) {
        return (table[at] & 0xFF) << 8 | table[at + 1] & 0xFF;
    }
}
