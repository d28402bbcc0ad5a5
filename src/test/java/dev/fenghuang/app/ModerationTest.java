package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions and their audit trail when the request fails, against the demo portal's admin panel. */
class ModerationTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private PortalSession session;

    @BeforeEach
    void signIn() throws IOException {
        portal = DemoPortal.start(DemoOptions.defaults());
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("demo", portal.baseUrl().toString(), Settings.load(dirs));
        session = new ReaderFactory(dirs).openSession(profile, null, () -> { });
        assertThat(session.participation().login("admin", "admin123".toCharArray(), 0, "", false, "").accepted())
                .isTrue();
        session.moderation().unlock("admin123".toCharArray(), 0, "");
    }

    @AfterEach
    void stop() throws Exception {
        try (PortalSession closing = session) {
            portal.close();
        }
    }

    private QueueEntry firstWaiting() throws IOException {
        return session.moderation().queue(QueueFilter.pending(), 1).entries().get(0);
    }

    /** What the queue holds of that comment, read as the CLI reads it before deciding. */
    private Map<Long, QueueEntry> held(QueueEntry e) throws IOException {
        Map<Long, QueueEntry> held = session.moderation().find(List.of(e.cid()), QueueFilter.pending(), 10);
        assertThat(held).containsKey(e.cid());
        return held;
    }

    private List<AuditLog.Entry> log() throws IOException {
        return session.moderation().audit().read();
    }

    private void assertSentThenUnknown(QueueEntry e) throws IOException {
        List<AuditLog.Entry> log = log();
        assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "unknown");
        assertThat(log).allSatisfy(line -> {
            assertThat(line.cid()).isEqualTo(e.cid());
            assertThat(line.moderator()).isEqualTo("admin");
            assertThat(line.text()).isEqualTo(e.text());
            assertThat(line.action()).isEqualTo("delete");
        });
    }

    @Test
    void aDecisionCutOffByAResetIsLoggedAsSentAndUnknownAndItsOwnErrorIsThrown() throws IOException {
        QueueEntry e = firstWaiting();
        Map<Long, QueueEntry> held = held(e);
        portal.inject(Fault.RESET);
        assertThatThrownBy(() -> session.moderation().decide(Map.of(e.cid(), Decision.DELETE), QueueFilter.pending(),
                held)).isInstanceOf(IOException.class);
        assertSentThenUnknown(e);
    }

    @Test
    void aDecisionToAPortalThatDiedIsLoggedAsSentAndUnknown() throws IOException {
        QueueEntry e = firstWaiting();
        Map<Long, QueueEntry> held = held(e);
        portal.close();
        assertThatThrownBy(() -> session.moderation().decide(Map.of(e.cid(), Decision.DELETE), QueueFilter.pending(),
                held)).isInstanceOf(IOException.class);
        assertSentThenUnknown(e);
        assertThat(log().get(1).detail()).isNotBlank();
    }

    @Test
    void nothingIsSentWhenTheSentLineCannotBeWritten() throws IOException {
        QueueEntry e = firstWaiting();
        Map<Long, QueueEntry> held = held(e);
        Files.createDirectories(session.moderation().audit().file());
        assertThatThrownBy(() -> session.moderation().decide(Map.of(e.cid(), Decision.DELETE), QueueFilter.pending(),
                held)).isInstanceOf(IOException.class);
        assertThat(session.moderation().find(List.of(e.cid()), QueueFilter.pending(), 10)).containsKey(e.cid());
    }

    @Test
    void onlyTheEntriesTheModeratorSawAreSent() throws IOException {
        List<QueueEntry> page = session.moderation().queue(QueueFilter.pending(), 1).entries();
        QueueEntry seen = page.get(0);
        QueueEntry unseen = page.get(1);
        var result = session.moderation().decide(Map.of(seen.cid(), Decision.DELETE, unseen.cid(), Decision.DELETE),
                QueueFilter.pending(), Map.of(seen.cid(), seen));
        assertThat(result.of(unseen.cid()).orElseThrow().fate().name()).isEqualTo("NOT_IN_QUEUE");
        assertThat(session.moderation().find(List.of(unseen.cid()), QueueFilter.pending(), 10))
                .containsKey(unseen.cid());
        assertThat(log()).extracting(AuditLog.Entry::cid).containsOnly(seen.cid());
    }
}
