package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.tui.moderate.QueueShelf;
import dev.fenghuang.tui.moderate.ShelfLater;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Parts made on first use (issue 13): made once, when first asked for, and not before. */
class LaterTest {
    @Test
    void aPartIsMadeAtItsFirstUseAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        Later<String> later = Later.of(() -> "part " + made.incrementAndGet());
        assertThat(later.made()).isFalse();
        assertThat(made).hasValue(0);
        assertThat(later.get()).isEqualTo("part 1");
        assertThat(later.get()).isEqualTo("part 1");
        assertThat(later.made()).isTrue();
        assertThat(made).hasValue(1);
    }

    @Test
    void aPartGivenIsMadeAlready() {
        Later<String> now = Later.now("part");
        assertThat(now.made()).isTrue();
        assertThat(now.get()).isEqualTo("part");
    }

    @Test
    void aShelfTellsItsSizeWithoutMakingItsQueuesAndMakesThemOnceWhenOneOpens() {
        AtomicInteger made = new AtomicInteger();
        ShelfLater shelf = new ShelfLater(2, () -> {
            made.incrementAndGet();
            return shelfOf(2);
        });
        assertThat(shelf.size()).isEqualTo(2);
        assertThat(shelf.indexOf(null)).isEqualTo(-1);
        assertThat(made).hasValue(0);
        assertThat(shelf.open(1, true, null)).isNull();
        assertThat(shelf.open(0, false, null)).isNull();
        assertThat(shelf.indexOf(null)).isEqualTo(7);
        assertThat(made).hasValue(1);
    }

    @Test
    void aShelfOfAnotherSizeThanSaidIsRefused() {
        ShelfLater shelf = new ShelfLater(2, () -> shelfOf(3));
        assertThatThrownBy(() -> shelf.open(0, true, null)).isInstanceOf(IllegalStateException.class);
    }

    private static QueueShelf shelfOf(int size) {
        return new QueueShelf() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public View open(int n, boolean adminPanel, dev.fenghuang.tui.moderate.ModerationDesk desk) {
                return null;
            }

            @Override
            public int indexOf(View view) {
                return 7;
            }
        };
    }
}
