package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.forum.moderate.ForumQueues;
import dev.fenghuang.demo.Stores;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import java.util.Optional;

/**
 * {@code admin.php}: past {@link AdminGate}, the home ({@code action=index}, also the bare script), logout (ends
 * the admin session only: 302 to {@code ./index.php}), the comment queue (5.4) and the comment search (5.5); any
 * other action answers {@value #ACTION_NOACCESS}.
 */
public final class AdminRoutes {
    static final String ACTION_NOACCESS = "抱歉，您无权使用此功能";

    private final AdminSessions sessions;
    private final AdminGate gate;
    private final QueueListPage queuePage;
    private final QueueDecisions decisions;
    private final CommentSearchRoutes search;
    private final ForumQueues forumQueues;

    public AdminRoutes(Stores stores) {
        this.sessions = stores.adminSessions();
        this.gate = new AdminGate(sessions);
        this.queuePage = new QueueListPage(stores.content(), stores.queue());
        this.decisions = new QueueDecisions(stores.content(), stores.queue());
        this.search = new CommentSearchRoutes(stores.content(), stores.queue());
        this.forumQueues = new ForumQueues(stores.forum());
    }

    public PageResponse route(Visit visit) {
        Optional<PageResponse> stopped = gate.stop(visit);
        if (stopped.isPresent()) {
            return stopped.get();
        }
        PageRequest request = visit.request();
        String operation = request.param("operation");
        return switch (request.param("action")) {
            case "", "index" -> PageResponse.html(200, AdminHomePage.render(visit, queuePage.waiting()));
            case "logout" -> {
                sessions.end(visit.member().uid());
                yield PageResponse.redirect(302, "./index.php");
            }
            case "moderate" -> operation.equals("articlecomments") ? queue(visit)
                    : ForumQueues.handles(operation) ? forumQueues.route(visit)
                    : AdminChrome.error(visit, ACTION_NOACCESS);
            case "comment" -> operation.equals("article") ? search.route(visit)
                    : AdminChrome.error(visit, ACTION_NOACCESS);
            default -> AdminChrome.error(visit, ACTION_NOACCESS);
        };
    }

    private PageResponse queue(Visit visit) {
        PageRequest request = visit.request();
        if (request.param("fast").equals("1")) {
            return decisions.fast(visit);
        }
        QueueFilterForm filter = QueueFilterForm.of(request);
        if (request.post() && !request.param("modsubmit").isEmpty()) {
            return decisions.bulk(visit, filter);
        }
        return PageResponse.html(200, queuePage.render(visit, filter));
    }
}
