package dev.fenghuang.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo-portal", mixinStandardHelpOptions = true,
        description = "Run the built-in demo portal on 127.0.0.1; prints its base URL as the first line.")
final class DemoPortalCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port (default: any free port).")
    int port;

    @Option(names = "--charset", paramLabel = "utf-8|gbk", defaultValue = "utf-8",
            description = "The portal's charset (default utf-8).")
    String charset;

    @Option(names = "--hostile", description = "Put terminal escape sequences and invisible characters into every "
            + "text, URL, name and message the portal serves (for testing a client's defences).")
    boolean hostile;

    @Option(names = "--https", description = "Serve HTTPS with a self-signed certificate made at start "
            + "(for 127.0.0.1 and localhost); the URL printed is https://127.0.0.1:PORT/.")
    boolean https;

    @Option(names = "--cert-out", paramLabel = "FILE",
            description = "With --https: write the certificate as PEM to FILE, for a profile's tls.trust.")
    Path certOut;

    @Option(names = "--fault", paramLabel = "SPEC", description = "Misbehave as SPEC says, repeatable: "
            + "NAME[:get|post][:PATH[?PARAM=VALUE&...]][,times=N], e.g. drip:/portal.php; see the README for the "
            + "names.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--captcha", description = "Ask for a captcha (验证码) at sign-in, with each comment and "
            + "with each forum reply and new thread, as a site with the captcha on does.")
    boolean captcha;

    @Override
    public Integer call() throws Exception {
        String cs = charset.toLowerCase(Locale.ROOT);
        if (!cs.equals("utf-8") && !cs.equals("gbk")) {
            throw new IllegalArgumentException("--charset must be utf-8 or gbk, not " + charset);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        }
        if (certOut != null && !https) {
            throw new IllegalArgumentException("--cert-out needs --https");
        }
        Launcher.RunningDemo demo;
        try {
            demo = cli.launcher.startDemo(new Launcher.DemoSetup(port, cs, https, hostile, faults, captcha));
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new IllegalArgumentException("port " + port + " is already in use; choose another with"
                            + " --port, or --port 0 for any free one");
                }
            }
            throw e;
        }
        if (certOut != null) {
            Files.writeString(certOut, demo.certificatePem(), StandardCharsets.US_ASCII);
        }
        cli.out().println(demo.baseUrl());
        cli.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                demo.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "demo-portal-stop"));
        stopped.await();
        return 0;
    }
}
