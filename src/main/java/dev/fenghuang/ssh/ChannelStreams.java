package dev.fenghuang.ssh;

import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.command.Command;

/** What MINA gives every command of a channel before it starts: its three streams and where to say its exit status. */
abstract class ChannelStreams implements Command {
    protected InputStream in;
    protected OutputStream out;
    protected OutputStream err;
    protected ExitCallback exit;

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
}
