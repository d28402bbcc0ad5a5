package dev.fenghuang.app;

import dev.fenghuang.model.Captcha;
import java.util.List;
import java.util.Optional;

/**
 * What a site's login form asks beyond a name and a password.
 *
 * @param questions the security questions the site offers (id and text, e.g. 1 母亲的名字)
 * @param captcha the captcha to read, when the site wants one
 * @param signedIn true when the session is signed in already
 */
public record LoginChallenge(List<Question> questions, Optional<Captcha> captcha, boolean signedIn) {

    /** One security question as the site numbers it. */
    public record Question(int id, String text) {
    }

    public LoginChallenge {
        questions = List.copyOf(questions);
    }
}
