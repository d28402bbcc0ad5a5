package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full-text index of the stored articles ({@code article_words}, FTS5 without content of its own: one row per
 * article page, under the rowid of its row in {@code pages}). A page is indexed when it is saved; a trigger drops its
 * words when its row goes, however it goes (a write's forgetting, eviction, a sign-out), so the two stay consistent.
 */
final class ArticleIndex {
    /** The migration that makes the index and the trigger that keeps it in step with {@code pages}. */
    static final List<String> MIGRATION = List.of("""
                    CREATE VIRTUAL TABLE article_words USING fts5(title, summary, body, author, viewer,
                        aid UNINDEXED, content = '', contentless_delete = 1, contentless_unindexed = 1,
                        tokenize = 'unicode61 remove_diacritics 2')""",
            """
                    CREATE TRIGGER pages_unindexed AFTER DELETE ON pages WHEN old.kind = 'ARTICLE'
                    BEGIN DELETE FROM article_words WHERE rowid = old.rowid; END""");

    /**
     * The migration that makes the index again with a prefix index of one character, so that a one-character query
     * (the prefix query of the bigrams it starts) reads one list instead of merging those of every bigram; the
     * {@code meta} key dropped, the stored articles are indexed again on opening.
     */
    static final List<String> PREFIX_MIGRATION = List.of("DROP TRIGGER pages_unindexed", "DROP TABLE article_words",
            // the unindexed values' table outlives the index it belonged to; gone, the index can be made again
            "DROP TABLE IF EXISTS article_words_content",
            MIGRATION.get(0).replace("tokenize =", "prefix = '1', tokenize ="), MIGRATION.get(1),
            "DELETE FROM meta WHERE key = 'article_words'");

    /** bm25 weights of title, summary, body, author (and viewer, never asked): a title match counts most. */
    private static final String RANK = "bm25(article_words, 10.0, 4.0, 1.0, 2.0, 0.0)";
    /** The columns a reader's words are looked for in. */
    private static final String TEXT_COLUMNS = "{title summary body author} : ";
    private static final String META_KEY = "article_words";

    /** How many of the newest stored article pages their body matches are ranked among, by default. */
    static final int RANKED_BODIES = 2000;

    private final Statements statements;
    private final Connection c;
    private final RecordCodec codec;
    private final Map<Long, Long> aidByRow = new HashMap<>();
    private boolean aidsLoaded;
    private int rankedBodies = RANKED_BODIES;

    ArticleIndex(Statements statements, RecordCodec codec) {
        this.statements = statements;
        this.c = statements.connection();
        this.codec = codec;
    }

    /** Ranks the body matches among the newest {@code rows} stored article pages; older ones come newest first. */
    void rankBodiesWithin(int rows) {
        rankedBodies = rows;
    }

    /** Indexes the article page kept in the row {@code rowid}, replacing what was indexed there. */
    void put(long rowid, String viewer, Article a) throws SQLException {
        PreparedStatement del = statements.of("DELETE FROM article_words WHERE rowid = ?");
        del.setLong(1, rowid);
        del.executeUpdate();
        PreparedStatement ins = statements.of("INSERT INTO article_words (rowid, title, summary, body, author, viewer,"
                + " aid) VALUES (?, ?, ?, ?, ?, ?, ?)");
        ins.setLong(1, rowid);
        ins.setString(2, SearchWords.indexed(a.title()));
        ins.setString(3, SearchWords.indexed(a.summary()));
        ins.setString(4, SearchWords.indexed(String.join("\n", a.paragraphs())));
        ins.setString(5, SearchWords.indexed(String.join(" ",
                a.publisher() == null ? "" : a.publisher().name(),
                a.originalAuthor() == null ? "" : a.originalAuthor())));
        ins.setString(6, viewerWord(viewer));
        ins.setLong(7, a.aid());
        ins.executeUpdate();
        aidByRow.put(rowid, a.aid());
    }

    /** Indexes every stored article again when the file was indexed by another version of the words (or never). */
    void rebuildIfOutdated() throws SQLException {
        String kept = null;
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            s.setString(1, META_KEY);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    kept = r.getString(1);
                }
            }
        }
        if (SearchWords.VERSION.equals(kept)) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             PreparedStatement put = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            s.execute("DELETE FROM article_words");
            try (ResultSet r = s.executeQuery("SELECT rowid, viewer, body FROM pages WHERE kind = 'ARTICLE'")) {
                while (r.next()) {
                    long rowid = r.getLong(1);
                    Optional<Object> article = codec.decode(CacheKey.Kind.ARTICLE, r.getString(3));
                    if (article.isPresent()) {
                        put(rowid, r.getString(2), (Article) article.get());
                    }
                }
            }
            put.setString(1, META_KEY);
            put.setString(2, SearchWords.VERSION);
            put.executeUpdate();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * One page of the viewers' stored articles matching the query, best first, each with its title and a stretch of
     * its text, the matches marked. Ranked in tiers, so that a common word costs a ranking of few rows: first every
     * article with a title match (bm25, the title weighing most), then those matching elsewhere among the newest
     * {@link #RANKED_BODIES} stored pages (bm25), then the older ones, newest first. A multi-page article comes once,
     * by its best page, and counts once, whichever viewer's page it is.
     *
     * @param viewers whose pages are searched (a member's and the guest's: what was stored before signing in)
     */
    ArticleSearch search(List<String> viewers, String query, int page, int pageSize) throws SQLException {
        String match = SearchWords.match(query);
        if (match.isEmpty()) {
            return new ArticleSearch(0, query, 0, page, 0, List.of());
        }
        // the viewer is a word of its own column, so no query reads the pages' rows
        String own = "viewer : (" + String.join(" OR ", viewers.stream().map(ArticleIndex::viewerWord).toList())
                + ") AND ";
        String anywhere = own + TEXT_COLUMNS + "(" + match + ")";
        Map<Long, Long> matching = aidsOf(rowids(anywhere));
        int total = new HashSet<>(matching.values()).size();
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) page * pageSize);
        Map<Long, Long> order = new LinkedHashMap<>(); // aid -> the row of its best page, best first
        ranked(own + "title : (" + match + ")", 0, matching, order, wanted);
        if (order.size() < wanted) {
            ranked(own + "(" + TEXT_COLUMNS + "(" + match + ") NOT title : (" + match + "))",
                    newestRow() - rankedBodies, matching, order, wanted);
        }
        if (order.size() < wanted) { // the older matches elsewhere than the title, newest first
            for (long rowid : matching.keySet().stream().sorted(Comparator.reverseOrder()).toList()) {
                if (order.size() >= wanted) {
                    break;
                }
                order.putIfAbsent(matching.get(rowid), rowid);
            }
        }
        List<ArticleHit> hits = new ArrayList<>();
        List<String> needles = SearchWords.needles(query);
        for (long rowid : order.values().stream().skip((long) (page - 1) * pageSize).limit(pageSize).toList()) {
            stored(rowid).ifPresent(a -> hits.add(hit(a, needles)));
        }
        int pageCount = (total + pageSize - 1) / pageSize;
        return new ArticleSearch(0, query, total, page, pageCount, hits);
    }

    /** The rows matching, in the index's order. */
    private List<Long> rowids(String match) throws SQLException {
        List<Long> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid FROM article_words WHERE article_words MATCH ?")) {
            s.setString(1, match);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getLong(1));
                }
            }
        }
        return rows;
    }

    /**
     * The article of each row: from memory (every row this connection indexed or looked up), else from the index
     * (a row another process indexed). Reading the aid of every match from the index would cost more than the match.
     */
    private Map<Long, Long> aidsOf(List<Long> rows) throws SQLException {
        if (!aidsLoaded) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT rowid, aid FROM article_words")) {
                while (r.next()) {
                    aidByRow.put(r.getLong(1), r.getLong(2));
                }
            }
            aidsLoaded = true;
        }
        Map<Long, Long> aids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT aid FROM article_words WHERE rowid = ?")) {
            for (long rowid : rows) {
                Long aid = aidByRow.get(rowid);
                if (aid == null) {
                    s.setLong(1, rowid);
                    try (ResultSet r = s.executeQuery()) {
                        aid = r.next() ? r.getLong(1) : null;
                    }
                }
                if (aid != null) {
                    aidByRow.put(rowid, aid);
                    aids.put(rowid, aid);
                }
            }
        }
        return aids;
    }

    /** Adds the articles of the rows matching above {@code afterRow}, best ranked first, until {@code wanted}. */
    private void ranked(String match, long afterRow, Map<Long, Long> matching, Map<Long, Long> order, int wanted)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rowid FROM article_words WHERE article_words MATCH ?"
                + " AND rowid > ? ORDER BY " + RANK + ", rowid DESC")) {
            s.setString(1, match);
            s.setLong(2, afterRow);
            try (ResultSet r = s.executeQuery()) {
                while (r.next() && order.size() < wanted) {
                    Long aid = matching.get(r.getLong(1));
                    if (aid != null) {
                        order.putIfAbsent(aid, r.getLong(1));
                    }
                }
            }
        }
    }

    private long newestRow() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(rowid) FROM pages")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private Optional<Article> stored(long rowid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM pages WHERE rowid = ?")) {
            s.setLong(1, rowid);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? codec.decode(CacheKey.Kind.ARTICLE, r.getString(1)).map(Article.class::cast)
                        : Optional.empty();
            }
        }
    }

    /** The viewer as one word the tokenizer keeps whole and no reader types: its UTF-8 bytes in hex. */
    static String viewerWord(String viewer) {
        StringBuilder word = new StringBuilder("v");
        for (byte b : viewer.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            word.append(String.format("%02x", b & 0xff));
        }
        return word.toString();
    }

    private static ArticleHit hit(Article a, List<String> needles) {
        MarkedText title = SearchSnippet.mark(a.title(), needles);
        return new ArticleHit(a.aid(), title, SearchSnippet.of(a, needles), a.commentCount(), a.views(),
                a.published(), a.publisher());
    }
}
