package dev.fenghuang;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fenghuang serve-ssh --port 0} in a child JVM on this test's class path, with a rig's directories. The
 * property {@code fenghuang.child.jvmOptions} gives that JVM options (words split at spaces), e.g. the launcher's.
 */
record ChildServer(Process process, int port) implements AutoCloseable {

    static ChildServer start(SshRig rig, Path cache) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        String options = System.getProperty("fenghuang.child.jvmOptions", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.fenghuang.Main", "serve-ssh",
                "--port", "0", "--users", rig.users.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("FENGHUANG"));
        builder.environment().put("XDG_CONFIG_HOME", rig.main.dirs().config().getParent().toString());
        builder.environment().put("XDG_STATE_HOME", rig.main.dirs().state().getParent().toString());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("port (\\d+)");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            System.err.println(line);
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(System.err::println), "serve-ssh-output");
                drain.setDaemon(true);
                drain.start();
                return new ChildServer(process, Integer.parseInt(m.group(1)));
            }
        }
        throw new AssertionError("serve-ssh did not start: exit " + process.waitFor());
    }

    SshRig.Listening at() {
        return new SshRig.Listening(port);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
