package dev.fenghuang.ssh;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.command.Command;

/** What MINA gives every command of a channel before it starts: its three streams and where to say its exit status. */
abstract class ChannelStreams implements Command {
    /** The status of a command refused for a limit or a stopping service: try again later (sysexits' EX_TEMPFAIL). */
    static final int TRY_LATER = 75;

    protected InputStream in;
    protected OutputStream out;
    protected OutputStream err;
    protected ExitCallback exit;
    /** The connection the command runs on (set when it starts). */
    protected org.apache.sshd.common.session.Session connection;
    private final AtomicBoolean exited = new AtomicBoolean();

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    /** Notes how the command ended, for the connection log. */
    protected final void ended(String how) {
        if (connection != null) {
            connection.setAttribute(ConnectionLog.ENDED, how);
        }
    }

    /** Says the exit status and closes the channel, once: a later call (the command ending after all) is ignored. */
    protected final void finish(int status) {
        if (exited.compareAndSet(false, true)) {
            exit.onExit(status);
        }
    }
}
