package dev.fenghuang.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments being written, kept on disk until the site confirms them: saved before sending, removed only on
 * success. Every unsent text is kept: each attempt gets a draft of its own ({@code article-AID-STAMP-RANDOM.txt}),
 * written under a unique temporary name and renamed into place atomically, so no draft replaces another and two
 * processes never interleave one. A draft whose request may have left carries a "sending" mark
 * ({@code ….sending}) that holds the newest comment id seen on the article before it went out.
 */
public final class DraftStore {
    private static final String LEGACY_ID = "0000000000000-00000000";
    private static final String LOGIN_CAPTCHA = "login.captcha";

    private final Path dir;
    /** What a draft is kept for, the start of its file names: {@code article}, or a forum's {@code thread}… */
    private final String kind;
    private final Pattern name;
    private final Clock clock;
    /** The last time stamp given out in this process: drafts saved within one millisecond still sort as saved. */
    private static final AtomicLong LAST_STAMP = new AtomicLong();

    /** Made at the first draft saved, not with the store: seeding it is ~6 ms of every start (issue 13). */
    private static final class Random {
        static final SecureRandom BYTES = new SecureRandom();
    }

    private final PrivateFiles files;

    public DraftStore(Path dir) {
        this(dir, FileGuard.forThisUser(n -> { }));
    }

    /** Drafts in {@code dir}, checked by {@code guard} before they are used. */
    public DraftStore(Path dir, FileGuard guard) {
        this(dir, "article", guard);
    }

    /** Drafts of another kind of thing than articles ({@code kind}-ID-STAMP-RANDOM.txt), in {@code dir}. */
    public DraftStore(Path dir, String kind, FileGuard guard) {
        this(dir, kind, Clock.systemUTC(), new PrivateFiles(dir, guard));
    }

    DraftStore(Path dir, Clock clock, PrivateFiles files) {
        this(dir, "article", clock, files);
    }

    DraftStore(Path dir, String kind, Clock clock, PrivateFiles files) {
        if (!kind.matches("[a-z]+")) {
            throw new IllegalArgumentException("a draft kind is lower-case letters: " + kind);
        }
        this.dir = dir;
        this.kind = kind;
        this.name = Pattern.compile(kind + "-(\\d+)(?:-(\\d{13}-[0-9a-f]{8}))?\\.txt");
        this.clock = clock;
        this.files = files;
    }

    /**
     * One kept text.
     *
     * @param aid the article it is for
     * @param id which of the article's drafts (sorts by when it was first saved)
     * @param text the comment
     * @param sentAfter when present, the request may have left: the newest comment id the article showed before
     */
    public record Draft(long aid, String id, String text, OptionalLong sentAfter) {
        public boolean inFlight() {
            return sentAfter.isPresent();
        }

        /** When it was first saved. */
        public Instant saved() {
            return Instant.ofEpochMilli(Long.parseLong(id.substring(0, 13)));
        }
    }

    /** Drafts of another kind ({@code thread}, {@code board}…) beside these, in the same directory. */
    public DraftStore ofKind(String other) {
        return new DraftStore(dir, other, clock, files);
    }

    /** Keeps a text as a new draft of the article; no other draft is touched. */
    public Draft save(long aid, String text) throws IOException {
        while (true) {
            String id = String.format("%013d-%s", stamp(), HexFormat.of().formatHex(bytes()));
            if (files.createNew(file(aid, id), text)) {
                return new Draft(aid, id, text, OptionalLong.empty());
            }
        }
    }

    private long stamp() {
        long now = clock.millis();
        return LAST_STAMP.updateAndGet(last -> Math.max(last + 1, now));
    }

    private byte[] bytes() {
        byte[] b = new byte[4];
        Random.BYTES.nextBytes(b);
        return b;
    }

    /**
     * The draft with a changed text. A draft whose request may have left keeps its text, for the site may hold it:
     * the new text becomes a draft of its own.
     */
    public Draft replace(Draft draft, String text) throws IOException {
        if (draft.text().equals(text)) {
            return draft;
        }
        boolean kept = Files.exists(file(draft.aid(), draft.id()));
        if (!kept || sentAfter(draft.aid(), draft.id()).isPresent()) {
            return save(draft.aid(), text);
        }
        files.replace(file(draft.aid(), draft.id()), text);
        return new Draft(draft.aid(), draft.id(), text, OptionalLong.empty());
    }

    /**
     * The article's draft holding exactly this text (the same text tried again: a retry offline, or after a failure),
     * else a new draft of it; a retry never adds a draft.
     */
    public Draft keep(long aid, String text) throws IOException {
        for (Draft d : list(aid)) {
            if (d.text().equals(text)) {
                return d;
            }
        }
        return save(aid, text);
    }

    /** The article's drafts, oldest first; {@code comment AID --draft N} counts from 1 in this order. */
    public List<Draft> list(long aid) throws IOException {
        List<Draft> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        files.checkDirectory();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, kind + "-" + aid + "*.txt")) {
            for (Path f : entries) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(1)) == aid) {
                    read(aid, m.group(2) == null ? LEGACY_ID : m.group(2)).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(Draft::id));
        return found;
    }

    /** The newest draft of the article, if it has any. */
    public Optional<Draft> newest(long aid) throws IOException {
        List<Draft> all = list(aid);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private Optional<Draft> read(long aid, String id) throws IOException {
        Path f = file(aid, id);
        try {
            files.checkFile(f);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            return Optional.of(new Draft(aid, id, text, sentAfter(aid, id)));
        } catch (NoSuchFileException sentMeanwhile) {
            return Optional.empty();
        }
    }

    private OptionalLong sentAfter(long aid, String id) throws IOException {
        Path mark = mark(aid, id);
        files.checkFile(mark);
        if (!Files.isRegularFile(mark)) {
            return OptionalLong.empty();
        }
        String newest = Files.readString(mark, StandardCharsets.UTF_8).strip();
        // a mark of an older version holds no id: then any matching comment of the member counts
        return OptionalLong.of(newest.matches("\\d{1,18}") ? Long.parseLong(newest) : 0);
    }

    /** The draft with its mark as it is on disk now (another attempt may have set or cleared it). */
    public Draft fresh(Draft draft) throws IOException {
        return new Draft(draft.aid(), draft.id(), draft.text(), sentAfter(draft.aid(), draft.id()));
    }

    /** Removes a draft, its mark and its captcha note (the site confirmed it, or the user discarded it). */
    public void delete(Draft draft) throws IOException {
        Files.deleteIfExists(file(draft.aid(), draft.id()));
        Files.deleteIfExists(mark(draft.aid(), draft.id()));
        Files.deleteIfExists(captchaNote(draft));
    }

    /**
     * Notes the hash of the captcha image shown for this draft when the image went to a file (a later run answers it:
     * the site keeps the code under that hash, and a form read again may name another). A hash is not a secret.
     */
    public void noteCaptcha(Draft draft, String hash) throws IOException {
        note(captchaNote(draft), hash);
    }

    /** The hash noted for the draft's captcha, taken away: a submit uses the code up, right or wrong. */
    public Optional<String> takeCaptchaNote(Draft draft) throws IOException {
        return take(captchaNote(draft));
    }

    /**
     * Notes the hash of the login form's captcha image that went to a file, for a later {@code login --captcha} to
     * answer that image (each login form read names a new hash). A hash is not a secret.
     */
    public void noteLoginCaptcha(String hash) throws IOException {
        note(dir.resolve(LOGIN_CAPTCHA), hash);
    }

    /** The hash noted by {@link #noteLoginCaptcha}, taken away: a submit uses the code up, right or wrong. */
    public Optional<String> takeLoginCaptchaNote() throws IOException {
        return take(dir.resolve(LOGIN_CAPTCHA));
    }

    private void note(Path note, String hash) throws IOException {
        if (hash != null && hash.matches("\\w{1,64}")) {
            files.replace(note, hash);
        }
    }

    private Optional<String> take(Path note) throws IOException {
        files.checkFile(note);
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        String hash = Files.readString(note, StandardCharsets.UTF_8).strip();
        Files.deleteIfExists(note);
        return hash.matches("\\w{1,64}") ? Optional.of(hash) : Optional.empty();
    }

    private Path captchaNote(Draft draft) {
        return dir.resolve(kind + "-" + draft.aid() + "-" + draft.id() + ".captcha");
    }

    /**
     * Removes every draft of the article that holds exactly {@code text}, with its mark: once the site holds the
     * text, a copy kept from an earlier refused attempt would only be offered again and posted twice.
     */
    public void deleteCopies(long aid, String text) throws IOException {
        for (Draft d : list(aid)) {
            if (d.text().equals(text)) {
                delete(d);
            }
        }
    }

    /**
     * Marks the draft as perhaps sent, before its request goes out: whatever happens to this process afterwards, the
     * next attempt asks the site first for a comment of this text newer than {@code newestCommentId}.
     */
    public Draft markSending(Draft draft, long newestCommentId) throws IOException {
        files.replace(mark(draft.aid(), draft.id()), Long.toString(newestCommentId));
        return new Draft(draft.aid(), draft.id(), draft.text(), OptionalLong.of(newestCommentId));
    }

    /** The site answered, so the request's outcome is known: the mark goes. */
    public Draft clearSending(Draft draft) throws IOException {
        Files.deleteIfExists(mark(draft.aid(), draft.id()));
        return new Draft(draft.aid(), draft.id(), draft.text(), OptionalLong.empty());
    }

    /** The file that holds the draft's text, for the user to copy it from. */
    public Path path(Draft draft) {
        return file(draft.aid(), draft.id());
    }

    private Path file(long aid, String id) {
        return dir.resolve(id.equals(LEGACY_ID) ? kind + "-" + aid + ".txt" : kind + "-" + aid + "-" + id + ".txt");
    }

    private Path mark(long aid, String id) {
        return dir.resolve(id.equals(LEGACY_ID) ? kind + "-" + aid + ".unconfirmed"
                : kind + "-" + aid + "-" + id + ".sending");
    }
}
