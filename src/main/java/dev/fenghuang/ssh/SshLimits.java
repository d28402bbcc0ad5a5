package dev.fenghuang.ssh;

import dev.fenghuang.app.Settings;
import java.time.Duration;

/**
 * How much {@code serve-ssh} lets in, from the settings ({@code ssh.*} in {@code fenghuang.properties}).
 *
 * @param maxSessions commands (readers and exec requests) running at once, in all ({@code ssh.maxSessions}, 64)
 * @param maxSessionsPerKey the same for one key ({@code ssh.maxSessionsPerKey}, 4)
 * @param idleTimeout a reader with no input for this long is closed ({@code ssh.idleTimeout}, 30m)
 * @param maxAuthAttempts keys one connection may offer ({@code ssh.maxAuthAttempts}, 6)
 * @param failuresPerAddress connections that fail to log in from one address before it must wait
 *     ({@code ssh.failuresPerAddress}, 5)
 * @param firstWait the first wait; each further failure doubles it ({@code ssh.firstWait}, 1m)
 * @param longestWait the longest wait ({@code ssh.longestWait}, 1h)
 */
record SshLimits(int maxSessions, int maxSessionsPerKey, Duration idleTimeout, int maxAuthAttempts,
                 int failuresPerAddress, Duration firstWait, Duration longestWait) {

    SshLimits {
        if (maxSessions < 1 || maxSessionsPerKey < 1 || maxAuthAttempts < 1 || failuresPerAddress < 1) {
            throw new IllegalArgumentException("the ssh.* limits must be at least 1");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || firstWait.isNegative()
                || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("ssh.idleTimeout must be positive and ssh.longestWait at least "
                    + "ssh.firstWait");
        }
    }

    static SshLimits from(Settings settings) {
        return new SshLimits(settings.integer("ssh.maxSessions", 64), settings.integer("ssh.maxSessionsPerKey", 4),
                settings.duration("ssh.idleTimeout", Duration.ofMinutes(30)),
                settings.integer("ssh.maxAuthAttempts", 6), settings.integer("ssh.failuresPerAddress", 5),
                settings.duration("ssh.firstWait", Duration.ofMinutes(1)),
                settings.duration("ssh.longestWait", Duration.ofHours(1)));
    }
}
