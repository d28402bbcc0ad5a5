package dev.fenghuang.tui.forum;

import dev.fenghuang.model.SiteMessage;

/** The site wants a member before it takes the text (its session lapsed, or none was signed in); nothing was stored. */
public final class LoginWanted extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SiteMessage said;

    public LoginWanted(SiteMessage said) {
        super(said.text());
        this.said = said;
    }

    public SiteMessage said() {
        return said;
    }
}
