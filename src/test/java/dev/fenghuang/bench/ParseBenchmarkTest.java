package dev.fenghuang.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ParseBenchmark} under JMH: {@code mvn -B verify -Dgroups=benchmark -Dtest.excludedGroups=}. */
@Tag("benchmark")
class ParseBenchmarkTest {
    @Test
    void measureParseThroughput() throws Exception {
        Options options = new OptionsBuilder()
                .include(ParseBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx512m")
                .build();
        new Runner(options).run();
    }
}
