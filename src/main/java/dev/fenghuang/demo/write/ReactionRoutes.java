package dev.fenghuang.demo.write;

import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.ReactionBar;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalContent;
import java.util.Optional;

/**
 * {@code home.php?mod=spacecp&ac=click}: adding a reaction ({@code op=add}, 3.7, no formhash: the link's hash)
 * and the refreshed table ({@code op=show}, members only).
 */
final class ReactionRoutes {
    private final PortalContent content;
    private final MessageAnswer answers;

    ReactionRoutes(PortalContent content, MessageAnswer answers) {
        this.content = content;
        this.answers = answers;
    }

    PageResponse route(Visit visit) {
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(MessageTexts.TO_LOGIN).needsLogin());
        }
        PageRequest request = visit.request();
        Optional<PortalArticle> article = request.param("idtype").equals("aid")
                ? content.article(request.intParam("id")) : Optional.empty();
        if (request.param("op").equals("show")) {
            return article.<PageResponse>map(a -> AjaxEnvelope.of(visit, 200,
                    ReactionBar.render(visit, a, content.reactions()))).orElseGet(() ->
                    answers.answer(visit, Message.of(MessageTexts.CLICK_ITEM_ERROR)));
        }
        return answers.answer(visit, add(visit, article));
    }

    private Message add(Visit visit, Optional<PortalArticle> found) {
        PageRequest request = visit.request();
        int clickid = request.intParam("clickid");
        if (!request.param("idtype").equals("aid") || clickid < 1 || clickid > ReactionBar.NAMES.size()) {
            return Message.of(MessageTexts.CLICK_ERROR);
        }
        if (found.isEmpty()) {
            return Message.of(MessageTexts.CLICK_ITEM_ERROR);
        }
        PortalArticle article = found.get();
        if (!request.param("hash").equals(ReactionBar.hash(article))) {
            return Message.of(MessageTexts.NO_PRIVILEGE_CLICK);
        }
        if (article.publisher().equals(visit.member())) {
            return Message.of(MessageTexts.CLICK_NO_SELF);
        }
        if (!content.reactions().add(article.aid(), visit.member(), clickid, visit.site().now())) {
            return Message.of(MessageTexts.CLICK_HAVE);
        }
        return Message.of(MessageTexts.CLICK_SUCCESS).value("idtype", "aid").value("id", article.aid())
                .value("clickid", clickid).forcedInline().wrote()
                .extra("setTimeout(\"hideWindow('" + request.handlekey() + "')\", 2000);");
    }
}
