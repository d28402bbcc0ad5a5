package dev.fenghuang.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Comments being written, kept on disk until the site confirms them: saved before sending, removed only on
 * success, offered again on the next visit to the article after any failure. One draft per article.
 */
public final class DraftStore {
    private final Path dir;

    public DraftStore(Path dir) {
        this.dir = dir;
    }

    private Path file(long aid) {
        return dir.resolve("article-" + aid + ".txt");
    }

    public void save(long aid, String text) throws IOException {
        PrivateFiles.write(file(aid), text);
    }

    public Optional<String> load(long aid) {
        Path f = file(aid);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(long aid) throws IOException {
        Files.deleteIfExists(file(aid));
        clearUnconfirmed(aid);
    }

    /** Marks the draft as perhaps sent: the site must be asked before it is sent again. */
    public void markUnconfirmed(long aid) throws IOException {
        PrivateFiles.write(dir.resolve("article-" + aid + ".unconfirmed"), "");
    }

    public void clearUnconfirmed(long aid) throws IOException {
        Files.deleteIfExists(dir.resolve("article-" + aid + ".unconfirmed"));
    }

    /** Whether this exact text went out for this article without an answer. */
    public boolean isUnconfirmed(long aid, String text) {
        return Files.exists(dir.resolve("article-" + aid + ".unconfirmed")) && load(aid).filter(text::equals).isPresent();
    }
}
