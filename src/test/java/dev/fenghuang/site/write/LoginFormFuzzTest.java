package dev.fenghuang.site.write;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any answer to the login form request: the form's loginhash, formhash, questions and fields, or {@link
 * UnexpectedPage}; the questions' texts are clean.
 */
class LoginFormFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsTheLoginFormOfAnyAnswer(byte[] page) throws Exception {
        FuzzReport.input();
        URI url = URI.create("http://portal.example/member.php?mod=logging&action=login&infloat=yes&inajax=1");
        Reply reply;
        try {
            reply = Replies.of(new WebPage(url, url, 200, "text/xml", StandardCharsets.UTF_8, true,
                    FuzzPages.text(page)));
        } catch (UnexpectedPage unexpected) {
            return;
        }
        Element form = reply instanceof Reply.Markup markup ? markup.doc().selectFirst(LoginFormReader.FORM) : null;
        if (form != null) {
            try {
                FormData data = FormReader.read(form, url, StandardCharsets.UTF_8).withPage(url.resolve("/"));
                data.get("formhash");
            } catch (UnexpectedPage notAUrl) {
                // documented: the form's action is not a URL
            }
            LoginFormReader.loginhash(form);
            FuzzChecks.assertClean(LoginFormReader.questions(form));
        }
    }
}
