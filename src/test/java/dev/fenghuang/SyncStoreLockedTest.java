package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} while another connection holds the store's write lock for longer than the store waits: an item is
 * said {@code ok} and marked done only when its page is in the store, and a second run fetches the rest.
 */
class SyncStoreLockedTest {
    private static final Pattern OK_LINE =
            Pattern.compile("^(list|article|comments) (\\d+)(?: page (\\d+))?(?: .*)? ok$");

    @TempDir
    Path home;

    private StoreRig rig;

    @BeforeEach
    void start() throws IOException {
        rig = new StoreRig(home).inEnglish();
        rig.settings("sync.pause = 150ms\nsync.backoff = 10ms\n");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void itemsDoneWhileTheStoreIsLockedAreNotSaidOkAndTheNextRunFetchesThem() throws Exception {
        Thread locker = new Thread(this::lockTheStoreMidRun, "locker");
        locker.start();
        CliRun.Run first = rig.run("sync", "5", "--comments");
        locker.join(30_000);
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
        Path file = rig.storeFile();
        assertThat(missing(file, okItems(first.out()))).as("said ok but not stored").isEmpty();
        assertThat(doneButNotStored(file)).as("marked done but not stored").isEmpty();
        assertThat(first.err()).contains("was not kept in the store").contains("run the same sync again");

        CliRun.Run second = rig.run("sync", "5", "--comments");
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(missing(file, okItems(second.out()))).isEmpty();
        List<String> all = new ArrayList<>(okItems(first.out()));
        all.addAll(okItems(second.out()));
        assertThat(all).as("every item of the plan ends up stored").contains("article 3 1", "comments 3 2");
        assertThat(missing(file, List.of("article 3 1", "article 3 2", "comments 3 1", "comments 3 2",
                "list 5 1"))).isEmpty();
    }

    /** After a few requests, holds the write lock for longer than the store's busy timeout (3 s), then lets go. */
    private void lockTheStoreMidRun() {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (rig.portal().requestCount() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10); // watching the portal: there is no clock to inject
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rig.storeFile());
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("BEGIN IMMEDIATE");
                Thread.sleep(4_500); // holding the lock past the store's wait is the point, not a timing assert
                s.execute("COMMIT");
            }
        } catch (InterruptedException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "kind id page" of every item a run said ok. */
    private static List<String> okItems(String out) {
        List<String> items = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = OK_LINE.matcher(line);
            if (m.matches()) {
                items.add(m.group(1) + " " + m.group(2) + " " + (m.group(3) == null ? "1" : m.group(3)));
            }
        }
        return items;
    }

    private static List<String> missing(Path file, List<String> items) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM pages WHERE kind = upper(?) AND id = ? AND page = ?")) {
            for (String item : items) {
                String[] p = item.split(" ");
                s.setString(1, p[0]);
                s.setLong(2, Long.parseLong(p[1]));
                s.setInt(3, Integer.parseInt(p[2]));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || r.getInt(1) == 0) {
                        missing.add(item);
                    }
                }
            }
        }
        return missing;
    }

    private static List<String> doneButNotStored(Path file) throws SQLException {
        List<String> done = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT item FROM sync_items WHERE done = 1")) {
            while (r.next()) {
                String[] p = r.getString(1).split(" ");
                if (!p[0].equals("image")) {
                    done.add(p[0] + " " + p[1] + " " + p[2]);
                }
            }
        }
        return missing(file, done);
    }
}
