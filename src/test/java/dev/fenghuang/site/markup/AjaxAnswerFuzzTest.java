package dev.fenghuang.site.markup;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import dev.fenghuang.site.write.Replies;
import dev.fenghuang.site.write.Reply;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any answer to a write step (an inajax envelope, a message page, markup): sorted into a reply with clean texts, or
 * {@link UnexpectedPage} for an empty one or a redirect elsewhere.
 */
class AjaxAnswerFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void sortsAnyAnswerToAWrite(byte[] page) {
        FuzzReport.input();
        String body = FuzzPages.text(page);
        AjaxAnswer answer = MessageParser.ajax(body);
        FuzzChecks.assertClean(answer.message());
        FuzzChecks.assertClean(answer.url());
        URI url = URI.create("http://portal.example/portal.php?mod=portalcp&ac=comment&inajax=1");
        for (int status : new int[] {200, 302}) {
            try {
                Reply reply = Replies.of(url, new FormAnswer(status, status == 302 ? body : null, "text/xml", body));
                if (reply instanceof Reply.Said said) {
                    FuzzChecks.assertClean(said.message());
                }
            } catch (UnexpectedPage unexpected) {
                // documented: an empty answer, or a redirect that is not the login form
            }
        }
    }
}
