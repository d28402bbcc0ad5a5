package dev.fenghuang.model.forum;

import java.io.IOException;

/**
 * The front-end moderation panel ({@code forum.php?mod=modcp}, 管理面板) asked for the account's password: its
 * session was never opened or lapsed (idle too long). Nothing of the request was done; enter the password and
 * repeat it.
 */
public final class PanelPasswordWanted extends IOException {
    private static final long serialVersionUID = 1L;

    public PanelPasswordWanted(String url) {
        super("the moderation panel asks for the password (" + url + ")");
    }
}
