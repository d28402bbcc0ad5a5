package dev.fenghuang.tui.moderate;

import dev.fenghuang.app.Moderation;
import dev.fenghuang.app.Participation;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Capabilities;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What the queue screen asks of the site: the account's rights, the queue a page at a time, a batch of decisions,
 * the admin panel's password again, and a front-end edit. Any admin call may throw
 * {@link dev.fenghuang.model.AdminSessionExpired}: nothing was done, unlock and repeat. Called off the UI thread.
 */
public interface Triage {
    Capabilities capabilities() throws IOException;

    QueuePage queue(QueueFilter filter, int page) throws IOException;

    BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter, Map<Long, QueueEntry> known,
                       Map<Long, String> reasons) throws IOException;

    PostResult unlock(char[] password, int questionId, String answer) throws IOException;

    PostResult edit(long aid, long cid, String text) throws IOException;

    /** A page of all the portal's comments that match (the admin panel's comment search). */
    SearchPage search(CommentQuery query, int page) throws IOException;

    /** Deletes found comments in one request; what became of each is read from the search again. */
    BatchResult deleteFound(Map<Long, SearchHit> found, CommentQuery query) throws IOException;

    /** No moderation at all: a reader without a session. */
    Triage NONE = new Triage() {
        @Override
        public Capabilities capabilities() {
            return Capabilities.NONE;
        }

        @Override
        public QueuePage queue(QueueFilter filter, int page) {
            return new QueuePage(page, 0, 0, List.of());
        }

        @Override
        public BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter, Map<Long, QueueEntry> known,
                                  Map<Long, String> reasons) {
            return new BatchResult(List.of(), "");
        }

        @Override
        public PostResult unlock(char[] password, int questionId, String answer) throws IOException {
            throw new IOException("no admin panel");
        }

        @Override
        public PostResult edit(long aid, long cid, String text) throws IOException {
            throw new IOException("no session");
        }

        @Override
        public SearchPage search(CommentQuery query, int page) {
            return new SearchPage(page, 0, 0, List.of());
        }

        @Override
        public BatchResult deleteFound(Map<Long, SearchHit> found, CommentQuery query) {
            return new BatchResult(List.of(), "");
        }
    };

    /** The application's moderation and the member's front-end writes; null parts mean none. */
    static Triage over(Moderation moderation, Participation participation) {
        if (moderation == null || participation == null) {
            return NONE;
        }
        return new Triage() {
            @Override
            public Capabilities capabilities() throws IOException {
                return moderation.capabilities();
            }

            @Override
            public QueuePage queue(QueueFilter filter, int page) throws IOException {
                return moderation.queue(filter, page);
            }

            @Override
            public BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter,
                                      Map<Long, QueueEntry> known, Map<Long, String> reasons) throws IOException {
                return moderation.decide(decisions, filter, known, reasons);
            }

            @Override
            public PostResult unlock(char[] password, int questionId, String answer) throws IOException {
                return moderation.unlock(password, questionId, answer);
            }

            @Override
            public PostResult edit(long aid, long cid, String text) throws IOException {
                return participation.editComment(aid, cid, text);
            }

            @Override
            public SearchPage search(CommentQuery query, int page) throws IOException {
                return moderation.search(query, page);
            }

            @Override
            public BatchResult deleteFound(Map<Long, SearchHit> found, CommentQuery query) throws IOException {
                return moderation.deleteFound(found, query);
            }
        };
    }
}
