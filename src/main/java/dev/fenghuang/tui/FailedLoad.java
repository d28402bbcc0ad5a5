package dev.fenghuang.tui;

import dev.fenghuang.app.Texts;
import java.util.List;

/**
 * The last read that failed, kept so the reload key can try it again while the view it failed on is shown. Any read
 * that succeeds forgets it.
 */
final class FailedLoad {
    private Runnable again;
    private View on;

    /** The failure as told in the status bar: the problem, then the first of {@code reloadKeys} to try again. */
    static String told(String problem, Texts texts, List<String> reloadKeys) {
        return reloadKeys.isEmpty() ? problem : problem + "  " + texts.get("tui.retry", reloadKeys.get(0));
    }

    /** Remembers {@code again} as what tries the failed read once more, on the view {@code on}. */
    void failed(View on, Runnable again) {
        this.on = on;
        this.again = again;
    }

    void forget() {
        again = null;
        on = null;
    }

    /** Tries the failed read again if it failed on {@code current}; false when there is none. */
    boolean retry(View current) {
        if (again == null || on != current) {
            return false;
        }
        Runnable once = again;
        forget();
        once.run();
        return true;
    }
}
