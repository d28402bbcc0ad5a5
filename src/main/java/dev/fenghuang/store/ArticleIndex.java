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
import java.util.List;
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

    /** bm25 weights of title, summary, body, author (and viewer, never asked): a title match counts most. */
    private static final String RANK = "bm25(article_words, 10.0, 4.0, 1.0, 2.0, 0.0)";
    /** The columns a reader's words are looked for in. */
    private static final String TEXT_COLUMNS = "{title summary body author} : ";
    private static final String META_KEY = "article_words";

    private final Connection c;
    private final RecordCodec codec;

    ArticleIndex(Connection c, RecordCodec codec) {
        this.c = c;
        this.codec = codec;
    }

    /** Indexes the article page kept in the row {@code rowid}, replacing what was indexed there. */
    void put(long rowid, String viewer, Article a) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_words WHERE rowid = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO article_words (rowid, title, summary, body, author, viewer, aid)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            del.setLong(1, rowid);
            del.executeUpdate();
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
        }
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
     * One page of the viewer's stored articles matching the query, best first (bm25; a multi-page article counts by
     * its best page), each with its title and a stretch of its text, the matches marked.
     */
    ArticleSearch search(String viewer, String query, int page, int pageSize) throws SQLException {
        String match = SearchWords.match(query);
        if (match.isEmpty()) {
            return new ArticleSearch(0, query, 0, page, 0, List.of());
        }
        // the viewer is a word of its own column, so neither query reads the pages' rows
        String viewerMatch = "viewer : " + viewerWord(viewer) + " AND " + TEXT_COLUMNS + "(" + match + ")";
        List<String> needles = SearchWords.needles(query);
        List<ArticleHit> hits = new ArrayList<>();
        List<Long> best = new ArrayList<>();
        int total = -1;
        // one pass: the matches ranked, an article by its best page, counted before the page is cut out
        try (PreparedStatement s = c.prepareStatement("WITH ranked AS MATERIALIZED (SELECT rowid AS r, aid, " + RANK
                + " AS score FROM article_words WHERE article_words MATCH ?),"
                + " best AS (SELECT r, aid, min(score) AS top FROM ranked GROUP BY aid)"
                + " SELECT r, count(*) OVER () FROM best ORDER BY top, aid DESC LIMIT ? OFFSET ?")) {
            s.setString(1, viewerMatch);
            s.setInt(2, pageSize);
            s.setLong(3, (long) (page - 1) * pageSize);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    best.add(r.getLong(1)); // the row of the article's best page (SQLite's min() picks it)
                    total = r.getInt(2);
                }
            }
        }
        if (total < 0) {
            total = count(viewerMatch); // past the last page: no row carried the count
        }
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM pages WHERE rowid = ?")) {
            for (long rowid : best) {
                s.setLong(1, rowid);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        codec.decode(CacheKey.Kind.ARTICLE, r.getString(1)).map(Article.class::cast)
                                .ifPresent(a -> hits.add(hit(a, needles)));
                    }
                }
            }
        }
        int pageCount = (total + pageSize - 1) / pageSize;
        return new ArticleSearch(0, query, total, page, pageCount, hits);
    }

    private int count(String viewerMatch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(DISTINCT aid) FROM article_words WHERE article_words MATCH ?")) {
            s.setString(1, viewerMatch);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
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
