package dev.fenghuang.app.sync;

import dev.fenghuang.app.AccountPaths;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.model.Section;
import dev.fenghuang.store.SyncLedger;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Fetches a {@link SyncPlan} ahead through the reader (so the store ends up holding what a reader would read, and a
 * page the store holds fresh costs no request), politely through a {@link PoliteGate}, keeping the plan and what is
 * done in a {@link SyncLedger}: a run of the same plan after a kill goes on where it stopped.
 */
public final class Sync implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Sync.class);
    private final PortalReader reader;
    private final SyncLedger ledger;
    private final SyncSettings settings;
    private final PoliteGate gate;
    private final LongSupplier nanos;
    private final SyncFetch fetch;
    /** The viewer (the store's name for an account) whose pages a plan's account reads. */
    private final Function<String, String> viewers;

    private final Deque<SyncLedger.Entry> queue = new ArrayDeque<>();
    private int inFlight;
    private int done;
    private int total;
    private int fetched;
    private int articles;
    private int skipped;
    private int failed;
    private String stoppedBy;
    /** Why the store stopped the run (a page not kept, the ledger not written), else null. */
    private IOException storeStopped;

    public Sync(PortalReader reader, SyncLedger ledger, SyncSettings settings, LongSupplier nanos,
                PoliteGate.Sleeper sleeper, Function<String, String> viewers) {
        this.reader = reader;
        this.viewers = viewers;
        this.ledger = ledger;
        this.settings = settings;
        this.nanos = nanos;
        this.gate = new PoliteGate(settings.inFlight(), settings.pause(), nanos, sleeper)
                .retryingBusy(settings.retries(), settings.backoff());
        this.fetch = new SyncFetch(reader, settings.maxPages());
    }

    /**
     * A sync of the reader's site, its progress kept in the site's store file
     * ({@code $XDG_CACHE_HOME/fenghuang/sites/SITE/store.sqlite}); in memory only where the site has no store (the
     * built-in demo portal, {@code store.enabled = false}).
     */
    public static Sync forSite(XdgDirs dirs, PortalReader reader, SyncSettings settings) throws IOException {
        SiteProfile profile = reader.profile();
        SyncLedger ledger = profile.store().enabled() && !profile.isBuiltInDemo()
                ? SyncLedger.open(dirs.cache().resolve("sites").resolve(profile.storageKey())
                        .resolve(ReaderFactory.STORE_FILE))
                : SyncLedger.inMemory();
        return new Sync(reader, ledger, settings, System::nanoTime, PoliteGate.Sleeper.REAL,
                account -> reader.storedViewer()
                        .orElseGet(() -> AccountPaths.of(dirs, profile, account).dir().getFileName().toString()));
    }

    /** Closes the ledger; the reader stays open. */
    @Override
    public void close() {
        ledger.close();
    }

    /** The gate the run's requests pass; for a test of the waits. */
    PoliteGate gate() {
        return gate;
    }

    /**
     * Runs the plan (or what an earlier run of it left) to its end, or until the site cannot be reached.
     *
     * @throws IOException when the plan cannot be made (the section tree unreadable) or kept
     */
    public SyncSummary run(SyncPlan plan, SyncListener listener) throws IOException {
        long start = nanos.getAsLong();
        reader.sendThrough(gate);
        String key = plan.key();
        List<SyncLedger.Entry> entries = ledger.entries(key);
        boolean resumed = !entries.isEmpty();
        if (!resumed) {
            ledger.add(key, null, roots(plan));
            entries = ledger.entries(key);
        }
        for (SyncLedger.Entry e : entries) {
            if (e.done()) {
                done++;
            } else {
                queue.add(e);
            }
        }
        total = entries.size();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < settings.inFlight(); i++) {
            Thread t = new Thread(() -> work(key, plan, listener), "sync-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("sync interrupted");
            }
        }
        SyncSummary summary;
        synchronized (this) {
            summary = new SyncSummary(done, total, fetched, articles, skipped, failed,
                    Duration.ofNanos(nanos.getAsLong() - start), Optional.ofNullable(stoppedBy), resumed,
                    Optional.ofNullable(storeStopped));
        }
        if (summary.complete()) {
            ledger.finish(key);
        }
        return summary;
    }

    private List<SyncLedger.Entry> roots(SyncPlan plan) throws IOException {
        List<Integer> catids = plan.catids();
        List<String> names = new ArrayList<>();
        if (catids.isEmpty()) {
            List<Integer> all = new ArrayList<>();
            flatten(reader.sections(false), all, names);
            catids = all;
        } else {
            catids.forEach(c -> names.add(""));
            keepSectionTree();
        }
        // page 1 of each list: it names the list's next pages, as many as the plan asks and the list has
        List<SyncLedger.Entry> roots = new ArrayList<>();
        for (int i = 0; i < catids.size(); i++) {
            roots.add(new SyncLedger.Entry(SyncItem.list(catids.get(i), 1).key(), names.get(i), false));
        }
        return roots;
    }

    /**
     * Discovers the section tree, if the site's is not kept yet, so that reading offline after a sync of some
     * categories starts from the sections screen; the plan's categories are synced even when it cannot be read.
     */
    private void keepSectionTree() {
        try {
            reader.sections(false);
        } catch (IOException e) {
            log.warn("the section tree could not be read for offline reading: {}", e.toString());
        }
    }

    private static void flatten(List<Section> sections, List<Integer> catids, List<String> names) {
        for (Section s : sections) {
            catids.add(s.id());
            names.add(s.name());
            flatten(s.children(), catids, names);
        }
    }

    private void work(String key, SyncPlan plan, SyncListener listener) {
        SyncLedger.Entry entry;
        while ((entry = next()) != null) {
            SyncItem item = SyncItem.parse(entry.item());
            try {
                attempt(key, plan, item, entry.title(), listener);
            } finally {
                synchronized (this) {
                    inFlight--;
                    notifyAll();
                }
            }
        }
    }

    /** The next item to do; null when none is left and none in flight could add one, or the run stopped. */
    private synchronized SyncLedger.Entry next() {
        while (queue.isEmpty() && inFlight > 0 && stoppedBy == null && storeStopped == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        if (queue.isEmpty() || stoppedBy != null || storeStopped != null) {
            return null;
        }
        inFlight++;
        return queue.poll();
    }

    private void attempt(String key, SyncPlan plan, SyncItem item, String title, SyncListener listener) {
        for (int tries = 0; ; tries++) {
            SyncFetch.Found found;
            try {
                found = fetch.fetch(item, title, plan);
            } catch (IOException e) {
                SyncTrouble trouble = SyncTrouble.of(e);
                if (trouble.kind() == SyncTrouble.Kind.BUSY && tries < settings.retries()) {
                    Duration wait = trouble.askedWait().orElse(settings.backoff().multipliedBy(1L << tries));
                    gate.holdOff(wait);
                    tell(listener, item, title, SyncListener.Outcome.RETRYING, e);
                    continue;
                }
                settle(key, item, title, trouble, e, listener);
                return;
            }
            keep(key, plan, item, found, listener);
            return;
        }
    }

    /** Marks the item done when the store holds its pages; when it does not, or cannot say, the run stops. */
    private void keep(String key, SyncPlan plan, SyncItem item, SyncFetch.Found found, SyncListener listener) {
        List<SyncLedger.Entry> added;
        reader.stored(); // the ledger looks for the pages in the store
        try {
            added = ledger.add(key, item.key(), found.next(),
                    new SyncLedger.Kept(viewers.apply(plan.account()), item.storedAs()));
        } catch (IOException notKept) {
            synchronized (this) {
                failed++;
                if (storeStopped == null) {
                    storeStopped = notKept;
                }
                notifyAll();
            }
            tell(listener, item, found.title(), SyncListener.Outcome.FAILED, notKept);
            return;
        }
        synchronized (this) {
            queue.addAll(added);
            total += added.size();
            done++;
            fetched++;
            articles += item.isArticle() ? 1 : 0;
            listener.item(item, found.title(), SyncListener.Outcome.OK, "", done, total);
            if (found.claimedPages() > 0) {
                listener.cut(item, found.title(), found.claimedPages(), settings.maxPages());
            }
        }
    }

    private void settle(String key, SyncItem item, String title, SyncTrouble trouble, IOException e,
                        SyncListener listener) {
        if (trouble.kind() == SyncTrouble.Kind.REFUSED) {
            try {
                ledger.add(key, item.key(), List.of());
            } catch (IOException notKept) {
                synchronized (this) {
                    failed++;
                    storeStopped = notKept;
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                done++;
                skipped++;
            }
            tell(listener, item, title, SyncListener.Outcome.SKIPPED, e);
            return;
        }
        synchronized (this) {
            failed++;
            if (trouble.kind() == SyncTrouble.Kind.UNREACHABLE && stoppedBy == null) {
                stoppedBy = String.valueOf(e.getMessage());
                notifyAll();
            }
        }
        tell(listener, item, title, SyncListener.Outcome.FAILED, e);
    }

    private synchronized void tell(SyncListener listener, SyncItem item, String title, SyncListener.Outcome outcome,
                                   IOException e) {
        listener.item(item, title, outcome, dev.fenghuang.app.Problem.of(e).message(), done, total);
    }
}
