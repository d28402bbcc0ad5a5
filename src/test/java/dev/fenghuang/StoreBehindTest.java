package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal reader keeps a page read from the site in the store behind the answer ({@code storeBehind}, as
 * {@code Tui.run} asks): an article read while another program holds the store's write lock is answered at once and
 * kept once the lock goes, where a save before the answer waited out the store's busy timeout and gave up.
 */
class StoreBehindTest {
    @TempDir
    Path home;

    @Test
    void anArticleReadWhileTheStoreIsLockedIsAnsweredAndKeptOnceTheLockGoes() throws Exception {
        List<PortalSession> sessions = DemoReader.accounts(home, true, (String) null);
        try (PortalSession session = sessions.get(0)) {
            PortalReader reader = inUseBehind(session);
            Path file = storeFile();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                assertThat(reader.article(5, 1, false).aid()).isEqualTo(5);
                s.execute("COMMIT");
            }
            reader.stored();

            assertThat(storedPages(file, 5)).as("article 5 kept in the store").isEqualTo(1);
        }
    }

    /**
     * Marking an article read does not wait for the store either: the frame that shows the article is drawn while
     * another program holds the store's write lock, and the mark is kept once the lock goes. Before, the mark was
     * written before the frame and waited out the store's busy timeout, which gave the store up for the run.
     */
    @Test
    void anArticleMarkedReadWhileTheStoreIsLockedIsKeptOnceTheLockGoes() throws Exception {
        List<PortalSession> sessions = DemoReader.accounts(home, true, (String) null);
        try (PortalSession session = sessions.get(0)) {
            PortalReader reader = inUseBehind(session);
            Path file = storeFile();
            long waited;
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                long start = System.nanoTime();
                reader.marks().opened(5, 3);
                waited = System.nanoTime() - start;
                s.execute("COMMIT");
            }
            reader.stored();

            assertThat(waited).as("opened returned while the lock was held (ns)").isLessThan(1_000_000_000L);
            assertThat(storedMarks(file, 5)).as("the mark of article 5 kept in the store").isEqualTo(1);
        }
    }

    private static int storedMarks(Path file, long aid) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM read_marks WHERE kind = 'article' AND id = ?")) {
            s.setLong(1, aid);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private Path storeFile() throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals("store.sqlite")).findFirst().orElseThrow();
        }
    }

    private static int storedPages(Path file, long aid) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pages WHERE kind = 'ARTICLE' AND id = ?")) {
            s.setLong(1, aid);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /** The session's reader keeping pages behind the answer, its store open and in use. */
    private static PortalReader inUseBehind(PortalSession session) throws Exception {
        PortalReader reader = session.reader();
        reader.storeBehind();
        reader.article(2, 1, false);
        reader.stored();
        return reader;
    }
}
