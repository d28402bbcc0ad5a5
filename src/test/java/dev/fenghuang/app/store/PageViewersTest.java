package dev.fenghuang.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whose stored pages a run shows, from what the account's files say at its start. */
class PageViewersTest {
    @Test
    void signedOutEveryAccountSharesTheGuestsPages() {
        assertThat(PageViewers.atStart(false, Optional.of("reader1"), "default")).isEqualTo(PageViewers.GUEST);
        assertThat(PageViewers.atStart(false, Optional.empty(), "work")).isEqualTo(PageViewers.GUEST);
    }

    @Test
    void signedInTheMembersOwnAndAnotherMembersAreApart() {
        String reader = PageViewers.atStart(true, Optional.of("reader1\n"), "default");
        assertThat(reader).isEqualTo(PageViewers.member("reader1")).isNotEqualTo(PageViewers.GUEST);
        assertThat(PageViewers.atStart(true, Optional.of("moderator1"), "default")).isNotEqualTo(reader);
    }

    @Test
    void aNameNotKeptOrNotPlausibleStandsForTheAccountsMemberNeverTheGuest() {
        String unknown = PageViewers.atStart(true, Optional.empty(), "default");
        assertThat(unknown).isNotEqualTo(PageViewers.GUEST).contains("default");
        assertThat(PageViewers.atStart(true, Optional.of("a\u0000b"), "default")).isEqualTo(unknown);
        assertThat(PageViewers.atStart(true, Optional.of("x".repeat(65)), "default")).isEqualTo(unknown);
        assertThat(PageViewers.atStart(true, Optional.of("  "), "default")).isEqualTo(unknown);
    }
}
