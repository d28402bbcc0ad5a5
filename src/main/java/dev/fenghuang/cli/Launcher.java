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
     * Opens one account's session on a site, for reading and writing.
     *
     * @param account the account's name ({@code --account}), or null for the default account
     */
    dev.fenghuang.app.PortalSession session(String site, boolean demo, String account) throws Exception;

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

    /** The environment variables the commands see (FENGHUANG_PASSWORD among them). */
    default java.util.Map<String, String> environment() {
        return System.getenv();
    }

    /** Standard input, where {@code --password-stdin} and the other {@code -stdin} options read their line. */
    default java.io.InputStream stdin() {
        return System.in;
    }

    /** Starts the demo portal on 127.0.0.1 (hostile: with escape sequences in everything it serves); it runs until
     * the returned handle is closed. */
    RunningDemo startDemo(int port, String charset, boolean hostile) throws Exception;

    /** A demo portal that is running. */
    record RunningDemo(URI baseUrl, AutoCloseable stopper) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stopper.close();
        }
    }
}
