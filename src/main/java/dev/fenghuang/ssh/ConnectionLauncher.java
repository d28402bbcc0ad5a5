package dev.fenghuang.ssh;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.UserLanguage;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.cli.TerminalCheck;
import dev.fenghuang.cli.option.PasswordSource;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher one SSH channel's command runs with: always the key's site and account (whatever the command asks),
 * the channel's input, the variables the client sent that say how to talk to it ({@code TERM}, {@code LANG}, …) and
 * nothing else of the server's environment, no terminal, and no demo portal started on the server's ports for it
 * alone: the {@code site=demo} keys share one.
 */
final class ConnectionLauncher implements Launcher {
    /** The client's variables that are taken; FENGHUANG_PASSWORD and the like are not. */
    private static final Set<String> TAKEN = Set.of("TERM", "LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR");

    private final Launcher base;
    private final SshUser user;
    private final Map<String, String> environment;
    private final InputStream stdin;
    private final PasswordSource.Asker terminal;
    private final SharedDemo demo;

    /**
     * @param terminal asks for a secret on the channel's terminal (returns null when there is none)
     * @param demo the portal of the {@code site=demo} keys, shared by all connections
     */
    ConnectionLauncher(Launcher base, SshUser user, Map<String, String> clientEnvironment, InputStream stdin,
                       PasswordSource.Asker terminal, SharedDemo demo) {
        this.base = base;
        this.user = user;
        this.environment = taken(clientEnvironment);
        this.stdin = stdin;
        this.terminal = terminal;
        this.demo = demo;
    }

    /** The client's variables that are taken, values without control characters. */
    static Map<String, String> taken(Map<String, String> clientEnvironment) {
        Map<String, String> kept = new HashMap<>();
        clientEnvironment.forEach((name, value) -> {
            if (TAKEN.contains(name) && value != null && value.length() < 100 && value.chars()
                    .noneMatch(Character::isISOControl)) {
                kept.put(name, value);
            }
        });
        return Map.copyOf(kept);
    }

    @Override
    public PortalReader open(String site, boolean demo) throws Exception {
        return session(site, demo, null).reader();
    }

    @Override
    public PortalSession session(String site, boolean demo, String account) throws Exception {
        String keys = user.site().equals("demo") ? this.demo.url() : user.site();
        PortalSession session = base.session(keys, false, user.account());
        if (session.moderation() != null) {
            session.moderation().audit().origin(Map.of("sshUser", user.account(), "sshKey", user.fingerprint()));
        }
        return session;
    }

    @Override
    public int runTui(String site, boolean demo, String account, Long openAid, String lang) {
        throw new UnsupportedOperationException("no terminal on an exec request: ask for one with ssh -t");
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public TerminalCheck terminal() {
        return new TerminalCheck(false, environment.get("TERM"), false);
    }

    @Override
    public XdgDirs dirs() {
        return base.dirs();
    }

    /** The language the client's locale variables name, else the server's choice. */
    @Override
    public String language() {
        boolean named = environment.keySet().stream().anyMatch(n -> n.startsWith("LANG") || n.startsWith("LC_"));
        return named ? UserLanguage.choose(Optional.empty(), environment, Locale.ENGLISH) : base.language();
    }

    @Override
    public InputStream stdin() {
        return stdin;
    }

    /** The channel's terminal, never the server's console. */
    @Override
    public PasswordSource.Asker secretAsker() {
        return terminal;
    }

    @Override
    public RunningDemo startDemo(int port, String charset, boolean hostile) {
        throw new UnsupportedOperationException("the demo portal is not started over SSH");
    }

    @Override
    public RunningDemo startDemo(DemoSetup setup) {
        throw new UnsupportedOperationException("the demo portal is not started over SSH");
    }
}
