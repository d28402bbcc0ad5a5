package dev.fenghuang;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.Launcher;
import java.io.InputStream;
import java.util.Map;

/** The program's launcher with a test's own standard input: what {@code -stdin} options and comment text read. */
final class StdinLauncher {
    private StdinLauncher() {
    }

    static Launcher of(Main main, InputStream in) {
        return new Launcher() {
            @Override
            public PortalReader open(String site, boolean demo) {
                return main.open(site, demo);
            }

            @Override
            public PortalSession session(String site, boolean demo, String account) {
                return main.session(site, demo, account);
            }

            @Override
            public int runTui(String site, boolean demo, String account, Long openAid, String lang) throws Exception {
                return main.runTui(site, demo, account, openAid, lang);
            }

            @Override
            public Map<String, String> environment() {
                return main.environment();
            }

            @Override
            public String language() {
                return main.language();
            }

            @Override
            public InputStream stdin() {
                return in;
            }

            @Override
            public RunningDemo startDemo(int port, String charset, boolean hostile) {
                return main.startDemo(port, charset, hostile);
            }
        };
    }
}
