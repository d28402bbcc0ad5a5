package dev.fenghuang.tui.moderate;

import dev.fenghuang.app.Problem;
import dev.fenghuang.tui.UiLoop;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the requests of a panel that asks for its password again (the admin panel, the forum's front-end panel):
 * when a request fails because the panel is locked (nothing was done), opens the panel's password form, once, and
 * after it opens runs what was asked again; any other failure is told in one line. Runs on the UI thread.
 */
public final class PasswordGate {
    private final UiLoop ui;
    private final Predicate<Throwable> locked;
    private final Function<Runnable, AdminUnlockForm> form;
    private AdminUnlockForm unlocking;

    /**
     * @param locked whether a failure is the panel wanting its password
     * @param form the panel's password form, which runs its argument once the panel is open
     */
    public PasswordGate(UiLoop ui, Predicate<Throwable> locked, Function<Runnable, AdminUnlockForm> form) {
        this.ui = ui;
        this.locked = locked;
        this.form = form;
    }

    /** Runs {@code request} off the UI thread, then {@code done}; a locked panel asks and then runs {@code again}. */
    public <T> void run(Callable<T> request, Consumer<T> done, Runnable again) {
        ui.write(request, done, e -> {
            if (locked.test(e)) {
                unlock(again);
            } else {
                ui.error(Problem.of(e).message());
            }
        });
    }

    private void unlock(Runnable then) {
        if (unlocking != null && ui.isOpen(unlocking)) {
            return;
        }
        unlocking = form.apply(then);
        ui.push(unlocking);
    }
}
