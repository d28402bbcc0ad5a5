package dev.fenghuang;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Counts the inputs each fuzz target ran and prints one line per target when it ends
 * ({@code FUZZ ArticleParserFuzzTest: 1234 inputs in 8.2 s, passed}), as regression replay or as fuzzing:
 * the figure CI shows for each target. Written straight to the process's standard error, as libFuzzer writes its
 * own lines, so that it reaches the build's output also where Surefire sends the tests' output to files.
 * Registered with the JUnit launcher in META-INF/services.
 */
public final class FuzzReport implements TestExecutionListener {
    private static final AtomicLong INPUTS = new AtomicLong();
    private static final PrintStream CONSOLE =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private long started;
    private boolean failed;

    /** Called by every fuzz target once per input. */
    public static void input() {
        INPUTS.incrementAndGet();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (isFuzzTarget(id)) {
            INPUTS.set(0);
            started = System.nanoTime();
            failed = false;
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            failed = true;
        }
        if (isFuzzTarget(id)) {
            boolean passed = !failed && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            CONSOLE.printf("FUZZ %s: %d inputs in %.1f s, %s%n", id.getDisplayName(), INPUTS.get(),
                    (System.nanoTime() - started) / 1e9, passed ? "passed" : "FAILED");
        }
    }

    private static boolean isFuzzTarget(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .filter(s -> s.getClassName().endsWith("FuzzTest")).isPresent();
    }
}
