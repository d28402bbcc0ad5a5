package dev.fenghuang.cli;

import dev.fenghuang.app.PortalReader;
import java.net.URI;

/** How the CLI gets what it works on; the wiring in {@code Main} provides it, tests provide their own. */
public interface Launcher {

    /**
     * Opens a reader on a site.
     *
     * @param site a URL or profile name, or null for the configured default
     * @param demo true to read the built-in demo portal, started in this process
     */
    PortalReader open(String site, boolean demo) throws Exception;

    /**
     * Opens a reader as {@code account} (null for the default account), using the site's store as {@code mode} says
     * ({@code --offline}, {@code --no-store}): {@link #open}'s, or a session's.
     */
    default PortalReader open(String site, boolean demo, String account, dev.fenghuang.app.store.StoreMode mode)
            throws Exception {
        return account == null && mode == dev.fenghuang.app.store.StoreMode.NORMAL ? open(site, demo)
                : session(site, demo, account, mode).reader();
    }

    /**
     * Opens a reader for a command that reads each page once and ends ({@code read}, {@code list}, {@code comments}):
     * its pages need not be held in memory, the store keeps them. By default the reader {@link #open} opens.
     */
    default PortalReader openForOneCommand(String site, boolean demo, String account,
                                           dev.fenghuang.app.store.StoreMode mode) throws Exception {
        return open(site, demo, account, mode);
    }

    /**
     * Opens one account's session on a site, for reading and writing.
     *
     * @param account the account's name ({@code --account}), or null for the default account
     */
    dev.fenghuang.app.PortalSession session(String site, boolean demo, String account) throws Exception;

    /**
     * The same, using the site's store as {@code mode} says ({@code --offline}, {@code --no-store}). A launcher that
     * knows no store refuses any mode but the normal one.
     */
    default dev.fenghuang.app.PortalSession session(String site, boolean demo, String account,
                                                    dev.fenghuang.app.store.StoreMode mode) throws Exception {
        if (mode != dev.fenghuang.app.store.StoreMode.NORMAL) {
            throw new UnsupportedOperationException("this launcher cannot read " + mode);
        }
        return session(site, demo, account);
    }

    /**
     * Runs the full-screen terminal reader on a site until the user quits.
     *
     * @param site a URL or profile name, or null for the configured default
     * @param demo true to read the built-in demo portal, started in this process
     * @param account the account to sign in as ({@code --account}), or null for the default account
     * @param openAid the article to start on, or null for the sections
     * @param lang {@code zh} or {@code en}, or null for the locale's
     * @return the exit code
     */
    int runTui(String site, boolean demo, String account, Long openAid, String lang) throws Exception;

    /** The same, with article images shown as placeholders only when {@code noImages} ({@code --no-images}). */
    default int runTui(String site, boolean demo, String account, Long openAid, String lang, boolean noImages)
            throws Exception {
        return runTui(site, demo, account, openAid, lang);
    }

    /** The same, using the site's store as {@code mode} says ({@code --offline}, {@code --no-store}). */
    default int runTui(String site, boolean demo, String account, Long openAid, String lang, boolean noImages,
                       dev.fenghuang.app.store.StoreMode mode) throws Exception {
        if (mode != dev.fenghuang.app.store.StoreMode.NORMAL) {
            throw new UnsupportedOperationException("this launcher cannot read " + mode);
        }
        return runTui(site, demo, account, openAid, lang, noImages);
    }

    /** The environment variables the commands see (FENGHUANG_PASSWORD among them). */
    default java.util.Map<String, String> environment() {
        return System.getenv();
    }

    /** Where the program runs: whether the full-screen reader can (a terminal on both ends, a real TERM, a tty). */
    default TerminalCheck terminal() {
        return new TerminalCheck(System.console() != null, environment().get("TERM"),
                TerminalCheck.canOpenControllingTerminal());
    }

    /** The XDG directories: settings and site profiles, state (sessions, drafts), cache. */
    default dev.fenghuang.app.XdgDirs dirs() {
        return dev.fenghuang.app.XdgDirs.fromEnvironment();
    }

    /**
     * The language of the output when {@code --lang} is not given: {@code zh}, {@code en}, or null for the JVM's
     * default locale's.
     */
    default String language() {
        return null;
    }

    /** Standard input, where {@code --password-stdin} and the other {@code -stdin} options read their line. */
    default java.io.InputStream stdin() {
        return System.in;
    }

    /** Where a password or an answer given no other way is asked for: this process's console by default. */
    default dev.fenghuang.cli.option.PasswordSource.Asker secretAsker() {
        return dev.fenghuang.cli.option.PasswordSource.Asker.console(stdin());
    }

    /** Starts the demo portal on 127.0.0.1 (hostile: with escape sequences in everything it serves); it runs until
     * the returned handle is closed. */
    RunningDemo startDemo(int port, String charset, boolean hostile) throws Exception;

    /**
     * Starts the demo portal as {@code demo-portal} asks: HTTPS, faults. A launcher that only knows the plain portal
     * refuses anything more.
     */
    default RunningDemo startDemo(DemoSetup setup) throws Exception {
        if (setup.https() || !setup.faults().isEmpty()) {
            throw new UnsupportedOperationException("this launcher cannot start an HTTPS or faulty demo portal");
        }
        return startDemo(setup.port(), setup.charset(), setup.hostile());
    }

    /**
     * Serves the reader and the commands over SSH ({@code serve-ssh}) until the returned handle is closed; the
     * handle's {@code toString} says where it listens. A launcher that cannot refuses.
     */
    default AutoCloseable serveSsh(SshSetup setup) throws Exception {
        throw new UnsupportedOperationException("this launcher cannot serve SSH");
    }

    /**
     * What {@code serve-ssh} asks for.
     *
     * @param bind the address to listen on
     * @param usersFile the keys that may log in, each with its site, account and role
     */
    record SshSetup(String bind, int port, java.nio.file.Path usersFile) {
    }

    /**
     * What {@code demo-portal} asks for.
     *
     * @param charset {@code utf-8} or {@code gbk}
     * @param https true for HTTPS with a self-signed certificate
     * @param hostile true for escape sequences and invisible characters in everything the portal serves
     * @param faults fault specs as {@code --fault} takes them, e.g. {@code drip:/portal.php}
     * @param captcha true to ask for a captcha at sign-in and with comments (验证码 on)
     */
    record DemoSetup(int port, String charset, boolean https, boolean hostile, java.util.List<String> faults,
                     boolean captcha) {
        public DemoSetup {
            faults = java.util.List.copyOf(faults);
        }

        public DemoSetup(int port, String charset, boolean https, boolean hostile, java.util.List<String> faults) {
            this(port, charset, https, hostile, faults, false);
        }
    }

    /**
     * A demo portal that is running.
     *
     * @param certificatePem the certificate of an HTTPS portal as PEM, "" for plain HTTP
     */
    record RunningDemo(URI baseUrl, AutoCloseable stopper, String certificatePem) implements AutoCloseable {
        /** A plain-HTTP portal. */
        public RunningDemo(URI baseUrl, AutoCloseable stopper) {
            this(baseUrl, stopper, "");
        }

        @Override
        public void close() throws Exception {
            stopper.close();
        }
    }
}
