package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.SiteText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** The parts of a Discuz login form that a person answers: the loginhash, the security questions. */
final class LoginFormReader {
    /** The login form of the full page or of the ajax fragment; never the header's quick-login box. */
    static final String FORM = "form[id^=loginform_], form[name=login]:not(#lsform)";

    private LoginFormReader() {
    }

    /** {@code L} + 4 word characters, from the action's {@code loginhash} or the form id. */
    static String loginhash(Element form) {
        String fromAction = DiscuzUrls.param(form.attr("action").replace("&amp;", "&"), "loginhash");
        if (fromAction != null && !fromAction.isEmpty()) {
            return fromAction;
        }
        String id = form.id();
        return id.startsWith("loginform_") ? id.substring("loginform_".length()) : "";
    }

    static List<LoginForm.Question> questions(Element form) {
        List<LoginForm.Question> questions = new ArrayList<>();
        for (Element option : form.select("select[name=questionid] option")) {
            int id = (int) DiscuzUrls.number(FormReader.optionValue(option).strip());
            if (id > 0) {
                questions.add(new LoginForm.Question(id, SiteText.of(option)));
            }
        }
        return questions;
    }
}
