package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.SecondLevel;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.search.ArticleSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One site's lasting store: a SQLite file (write-ahead log, so several processes may read and write it at once)
 * holding the records read from the site as JSON, each with when it was fetched and last read, per viewer (whose
 * pages they are: a guest's, shared by every account, or one member's, see {@link #GUEST}), and what each account
 * marked read. It never fails its caller: a damaged file is
 * set aside, a locked or unusable one left alone, each said in one line and logged, and the store keeps nothing more
 * this run; the page cache works on in memory.
 */
public final class SiteStore implements SecondLevel, MarkKeeper, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SiteStore.class);
    /** How long a write waits for another process's write to end. */
    static final int BUSY_TIMEOUT_MILLIS = 3000;
    /** The viewer of the pages a guest was given: the same for every account of the site. */
    public static final String GUEST = "guest";

    private final Path file;
    private final Clock clock;
    private final Consumer<String> notices;
    /** Taken around every write, shared with this process's other connections to the file (the sync ledger's). */
    private final java.util.concurrent.locks.ReentrantLock ownWrites;
    private final RecordCodec codec = new RecordCodec();
    private Connection connection;
    private Statements statements;
    private PageRows rows;
    private ImageRows images;
    private MarkRows marks;
    private Eviction eviction;
    private ArticleIndex index;
    private volatile String viewer;
    /** Asked whether a page is kept beside a write in progress ({@link #loadBeside}); opened by the first save. */
    private final LookupConnection beside;
    private PageRows guestRows;
    /** Why the store was given up on this run, in one line; null while it is in use. */
    private String trouble;

    private SiteStore(Path file, Clock clock, Consumer<String> notices) {
        this.file = file;
        this.clock = clock;
        this.notices = notices;
        this.ownWrites = OwnWrites.of(file);
        this.beside = new LookupConnection(file);
    }

    /**
     * Opens (or creates) the store in {@code file}.
     *
     * @param maxBytes the cap on the file's size; past it the pages read least recently go
     * @param viewer the account whose pages and read marks these are
     * @param notices where a problem with the file is said, in one line (stderr, before a screen is drawn)
     * @return the store; one that keeps nothing when the file cannot be used
     */
    public static SiteStore open(Path file, long maxBytes, String viewer, Clock clock, Consumer<String> notices) {
        return open(file, maxBytes, viewer, viewer, clock, notices);
    }

    /**
     * The same, the account's read marks apart from whose pages are kept and shown.
     *
     * @param account the account whose read marks these are
     * @param viewer whose pages are kept and shown: {@link #GUEST}, or a member's, see {@link #member}
     */
    public static SiteStore open(Path file, long maxBytes, String account, String viewer, Clock clock,
                                 Consumer<String> notices) {
        SiteStore store = new SiteStore(file, clock, notices);
        store.connect(maxBytes, account, new StoreSchema());
        store.viewAs(viewer);
        return store;
    }

    /**
     * Makes ahead of the first read what reading a stored page of this kind needs first (the adapter of its
     * records), e.g. on a thread of its own while a command opens the store.
     */
    public static void prepareToRead(CacheKey.Kind kind) {
        RecordCodec.prepare(kind);
    }

    /** The viewer of the pages the member of this name was given. */
    public static String member(String name) {
        return "member:" + name;
    }

    /** The same with other migrations, for a test of migrating. */
    static SiteStore open(Path file, long maxBytes, String viewer, Clock clock, Consumer<String> notices,
                          StoreSchema schema) {
        SiteStore store = new SiteStore(file, clock, notices);
        store.connect(maxBytes, viewer, schema);
        return store;
    }

    private synchronized void connect(long maxBytes, String viewer, StoreSchema schema) {
        ownWrites.lock();
        try {
            StoreFile.prepare(file);
            connection = StoreConnection.open(file, BUSY_TIMEOUT_MILLIS);
            int was = schema.migrate(connection);
            if (was < schema.latest()) {
                log.info("store {} migrated from schema {} to {}", file, was, schema.latest());
            }
            RecordShape.emptyPagesIfChanged(connection);
            statements = new Statements(connection);
            rows = new PageRows(statements, viewer);
            guestRows = new PageRows(statements, GUEST);
            images = new ImageRows(connection);
            marks = new MarkRows(statements, viewer);
            this.viewer = viewer;
            index = new ArticleIndex(statements, codec);
            index.rebuildIfOutdated();
            eviction = new Eviction(connection, maxBytes);
        } catch (SQLException e) {
            fail(e, "opening it");
        } catch (StoreSchema.NewerFile e) {
            giveUp("the store " + file + " is left alone: " + e.getMessage() + "; reading on without it", e);
        } catch (IOException e) {
            giveUp("the store " + file + " cannot be used (" + e.getMessage() + "); reading on without it", e);
        } finally {
            ownWrites.unlock();
        }
    }

    /** Whether the file is in use; false after it failed (or could not be opened). */
    public synchronized boolean usable() {
        return connection != null;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<Kept> load(CacheKey key) {
        return loadFrom(rows, key);
    }

    /**
     * The value under the key, looked up beside a write in progress: whether the file keeps the page is asked on a
     * second connection (the write-ahead log lets it read while this one writes), so a page never kept, the one a new
     * article asks for, is answered without waiting for the save of the page before it. A page kept is read as
     * {@link #load} reads it. Until a save opened that connection, as {@link #load}.
     */
    @Override
    public Optional<Kept> loadBeside(CacheKey key) {
        if (key.kind() != CacheKey.Kind.IMAGE && RecordCodec.TYPES.containsKey(key.kind())
                && beside.surelyMissing(key, viewer)) {
            return Optional.empty();
        }
        return load(key);
    }

    private Optional<Kept> loadFrom(PageRows rows, CacheKey key) {
        if (connection == null || !(RecordCodec.TYPES.containsKey(key.kind()) || key.kind() == CacheKey.Kind.IMAGE)) {
            return Optional.empty();
        }
        ownWrites.lock();
        try {
            if (key.kind() == CacheKey.Kind.IMAGE) {
                return images.read(key.name(), clock.millis())
                        .map(row -> new Kept(row.picture(), Instant.ofEpochMilli(row.fetchedAtMillis())));
            }
            Optional<PageRows.Row> row = rows.read(key, clock.millis());
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Optional<Object> value = codec.decode(key.kind(), row.get().body());
            if (value.isEmpty()) {
                log.warn("dropping an unreadable {} from the store {}", key, file);
                rows.delete(key);
                return Optional.empty();
            }
            return Optional.of(new Kept(value.get(), Instant.ofEpochMilli(row.get().fetchedAtMillis())));
        } catch (SQLException e) {
            fail(e, "reading it");
            return Optional.empty();
        } finally {
            ownWrites.unlock();
        }
    }

    @Override
    public synchronized Optional<Kept> loadGuestCopy(CacheKey key) {
        if (GUEST.equals(viewer)) {
            return Optional.empty();
        }
        return loadFrom(guestRows, key);
    }

    @Override
    public synchronized void save(CacheKey key, Object value, Instant fetchedAt) {
        boolean picture = key.kind() == CacheKey.Kind.IMAGE && value instanceof dev.fenghuang.model.Picture;
        if (connection == null || !(picture || RecordCodec.keeps(key, value))) {
            return;
        }
        ownWrites.lock();
        try {
            if (value instanceof dev.fenghuang.model.Picture kept && picture) {
                images.write(key.name(), kept, fetchedAt.toEpochMilli());
            } else if (value instanceof Article article) {
                writeIndexed(key, article, fetchedAt);
            } else {
                rows.write(key, codec.encode(key, value), fetchedAt.toEpochMilli());
            }
            beside.open(BUSY_TIMEOUT_MILLIS);
            int evicted = eviction.keepUnderCap();
            if (evicted > 0) {
                log.info("store {}: {} pages read least recently evicted to stay under its cap", file, evicted);
            }
        } catch (SQLException e) {
            fail(e, "writing it");
        } finally {
            ownWrites.unlock();
        }
    }

    /** An article page and its words in the full-text index, written together or not at all. */
    private void writeIndexed(CacheKey key, Article article, Instant fetchedAt) throws SQLException {
        connection.setAutoCommit(false);
        try {
            rows.write(key, codec.encode(key, article), fetchedAt.toEpochMilli());
            index.put(rows.rowid(key).orElseThrow(() -> new SQLException("the row just written is gone")), viewer,
                    article);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Ranks the body matches among the newest {@code rows} stored article pages only (tests: a small window). */
    synchronized void rankBodiesWithin(int rows) {
        if (index != null) {
            index.rankBodiesWithin(rows);
        }
    }

    /**
     * One page of this viewer's stored articles (a member's and the guest's) that hold the words of {@code query}
     * (Chinese found inside longer words too), best first, the matches marked; nothing found when the store is not in
     * use.
     *
     * @param page 1-based page of the results
     * @param pageSize hits per page
     */
    public synchronized ArticleSearch searchArticles(String query, int page, int pageSize) {
        if (connection == null) {
            return new ArticleSearch(0, query, 0, page, 0, java.util.List.of());
        }
        try {
            // a member finds what was stored as a guest too (synced before signing in); a guest only a guest's
            return index.search(GUEST.equals(viewer) ? java.util.List.of(viewer) : java.util.List.of(viewer, GUEST),
                    query, page, pageSize);
        } catch (SQLException e) {
            fail(e, "searching it");
            return new ArticleSearch(0, query, 0, page, 0, java.util.List.of());
        }
    }

    @Override
    public synchronized void forget(Predicate<CacheKey> which) {
        if (connection == null) {
            return;
        }
        ownWrites.lock();
        try {
            rows.deleteWhere(which);
        } catch (SQLException e) {
            fail(e, "writing it");
        } finally {
            ownWrites.unlock();
        }
    }

    @Override
    public synchronized Optional<String> viewer() {
        return Optional.ofNullable(viewer);
    }

    /** From now on the pages kept, shown and searched are those of {@code pageViewer}; every viewer's pages stay. */
    @Override
    public synchronized void viewAs(String pageViewer) {
        if (connection == null) {
            return;
        }
        rows = new PageRows(statements, pageViewer);
        viewer = pageViewer;
    }

    @Override
    public synchronized Optional<ReadMark> mark(String kind, long id) {
        if (connection == null) {
            return Optional.empty();
        }
        try {
            return marks.read(kind, id);
        } catch (SQLException e) {
            fail(e, "reading it");
            return Optional.empty();
        }
    }

    @Override
    public synchronized void keep(String kind, long id, ReadMark mark) {
        if (connection == null) {
            return;
        }
        ownWrites.lock();
        try {
            marks.write(kind, id, mark);
        } catch (SQLException e) {
            fail(e, "writing it");
        } finally {
            ownWrites.unlock();
        }
    }

    /** Says what went wrong in one line, sets a damaged file aside, and keeps nothing more this run. */
    private void fail(SQLException e, String doing) {
        closeQuietly();
        giveUp(StoreTrouble.describe(e, file, clock, doing), e);
    }

    @Override
    public synchronized Optional<String> trouble() {
        return Optional.ofNullable(trouble);
    }

    private void giveUp(String line, Exception cause) {
        closeQuietly();
        trouble = line;
        log.warn("{} [{}]", line, cause.toString());
        notices.accept(line);
    }

    private void closeQuietly() {
        beside.close();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the file is given up on anyway
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
