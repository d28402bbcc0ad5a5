package dev.fenghuang.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A process whose lasting level writes behind, each save taking a while, for {@link WriteBehindTest}: it hands over
 * {@code args[1]} saves and a last write, says so, and waits to be ended. Each write is a line appended to the file
 * {@code args[0]}.
 */
final class WriteBehindExitProcess {
    private WriteBehindExitProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int saves = Integer.parseInt(args[1]);
        WriteBehind behind = new WriteBehind(new SlowLevel(file));
        behind.writeBehind();
        for (int aid = 1; aid <= saves; aid++) {
            behind.save(CacheKey.article(aid, 1), "article " + aid, Instant.EPOCH);
        }
        behind.behind(() -> SlowLevel.append(file, "mark"));
        System.out.println("handed over");
        System.out.flush();
        Thread.sleep(60_000);
    }

    /** Appends a line for each save, a while after it is asked to. */
    private record SlowLevel(Path file) implements SecondLevel {
        @Override
        public Optional<Kept> load(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void save(CacheKey key, Object value, Instant fetchedAt) {
            append(file, value.toString());
        }

        @Override
        public void forget(Predicate<CacheKey> which) {
            // keeps only lines
        }

        static void append(Path file, String line) {
            try {
                Thread.sleep(100);
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
