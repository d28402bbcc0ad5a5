package dev.fenghuang.site.write;

import dev.fenghuang.model.Captcha;
import java.util.List;
import java.util.Optional;

/**
 * What a Discuz login form asks for. Discuz draws the same form for every account: it cannot tell whether an
 * account has a security question until a try fails with {@link LoginTrouble#SECURITY_QUESTION}.
 *
 * @param loginhash the form's {@code loginhash} (names its DOM ids), empty when signed in
 * @param formhash the session's form hash as the form carries it, empty when it carries none
 * @param questions the security questions offered (安全提问), without the "none" choice
 * @param captcha the captcha to read back (验证码), or null when the form shows none
 * @param signedIn true when the site answered that this client is already signed in, instead of a form
 */
public record LoginForm(String loginhash, String formhash, List<Question> questions, Captcha captcha,
                        boolean signedIn) {

    /** One security question: its {@code questionid} and the site's text, e.g. 1 母亲的名字. */
    public record Question(int id, String text) {
    }

    public LoginForm {
        loginhash = loginhash == null ? "" : loginhash;
        formhash = formhash == null ? "" : formhash;
        questions = List.copyOf(questions);
    }

    static LoginForm alreadySignedIn() {
        return new LoginForm("", "", List.of(), null, true);
    }

    public Optional<Captcha> captchaImage() {
        return Optional.ofNullable(captcha);
    }
}
