package dev.fenghuang.app.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.model.Section;
import dev.fenghuang.store.RecordJsonReader;
import dev.fenghuang.store.RecordJsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps each site's category tree on disk, so that later starts need not crawl or probe for it. */
public final class SectionStore {
    private static final Logger log = LoggerFactory.getLogger(SectionStore.class);

    private final Path file;
    private final boolean kept;

    public SectionStore(Path file) {
        this(file, true);
    }

    private SectionStore(Path file, boolean kept) {
        this.file = file;
        this.kept = kept;
    }

    /** A store that neither reads nor writes its file ({@code --no-store}): the tree lives in memory only. */
    public static SectionStore inMemory(XdgDirs dirs, SiteProfile profile) {
        return new SectionStore(forSite(dirs, profile).file, false);
    }

    public static SectionStore forSite(XdgDirs dirs, SiteProfile profile) {
        return new SectionStore(dirs.cache().resolve("sites").resolve(profile.storageKey()).resolve("sections.json"));
    }

    /** The stored tree, or empty when there is none or it cannot be read (it is then rebuilt). */
    public Optional<List<Section>> load() {
        if (!kept || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonReader r = new JsonReader(in);
            r.setStrictness(Strictness.LENIENT);
            List<Section> tree = r.peek() == JsonToken.END_DOCUMENT ? null : RecordJsonReader.sections(r);
            if (tree != null && r.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("more than a tree");
            }
            return tree == null || tree.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(tree));
        } catch (IOException | RuntimeException e) { // malformed JSON, a value of another type, a null in the tree
            log.warn("ignoring unreadable section tree {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Writes the tree atomically: a crash mid-write leaves the old file in place. */
    public void save(List<Section> tree) throws IOException {
        if (!kept) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            JsonWriter w = new JsonWriter(out);
            w.setHtmlSafe(true); // as Gson's default wrote it: <, >, &, = and ' escaped
            w.setSerializeNulls(false);
            RecordJsonWriter.sections(w, tree);
            w.flush();
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path file() {
        return file;
    }
}
