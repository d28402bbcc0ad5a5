package dev.fenghuang.tui.forum;

import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.SiteMessage;

/** The site wants a captcha answered before it takes the post (1.10); nothing was stored. */
public final class CaptchaWanted extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Captcha captcha;
    private final transient SiteMessage said;

    public CaptchaWanted(Captcha captcha, SiteMessage said) {
        super(said.text());
        this.captcha = captcha;
        this.said = said;
    }

    public Captcha captcha() {
        return captcha;
    }

    public SiteMessage said() {
        return said;
    }
}
