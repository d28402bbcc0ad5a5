package dev.fenghuang.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncTroubleTest {
    @Test
    void tooFastWaitsAsLongAsTheSiteAsks() {
        SyncTrouble t = SyncTrouble.of(new SiteRefused(new SiteMessage("抱歉，您两次发表间隔少于 15 秒，请稍候再发表",
                SiteMessage.Kind.TOO_FAST, Map.of("floodctrl", "15"))));
        assertThat(t.kind()).isEqualTo(SyncTrouble.Kind.BUSY);
        assertThat(t.askedWait()).contains(Duration.ofSeconds(15));
    }

    @Test
    void http503And429AreBusyWithoutAWait() {
        for (String status : new String[] {"503", "429"}) {
            SyncTrouble t = SyncTrouble.of(new UnexpectedPage("http://x/portal.php?mod=view&aid=1",
                    "HTTP " + status + " without a Discuz message"));
            assertThat(t.kind()).as(status).isEqualTo(SyncTrouble.Kind.BUSY);
            assertThat(t.askedWait()).isEmpty();
        }
    }

    @Test
    void aRefusedOrMissingPageOrABrokenImageIsSkipped() {
        assertThat(SyncTrouble.of(new SiteRefused(new SiteMessage("抱歉，您指定要查看的文章不存在或正在审核",
                SiteMessage.Kind.NOT_FOUND))).kind()).isEqualTo(SyncTrouble.Kind.REFUSED);
        assertThat(SyncTrouble.of(new UnreadableImage("not an image")).kind()).isEqualTo(SyncTrouble.Kind.REFUSED);
    }

    @Test
    void aSiteThatCannotBeReachedStopsTheRun() {
        assertThat(SyncTrouble.of(new IOException("send failed", new ConnectException("Connection refused")))
                .kind()).isEqualTo(SyncTrouble.Kind.UNREACHABLE);
    }

    @Test
    void anythingElseIsLeftForTheNextRun() {
        assertThat(SyncTrouble.of(new SocketTimeoutException("read timed out")).kind())
                .isEqualTo(SyncTrouble.Kind.FAILED);
        assertThat(SyncTrouble.of(new UnexpectedPage("http://x/", "HTTP 500 without a Discuz message")).kind())
                .isEqualTo(SyncTrouble.Kind.FAILED);
    }
}
