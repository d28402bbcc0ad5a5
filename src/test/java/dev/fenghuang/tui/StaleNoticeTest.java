package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleNoticeTest {
    private final List<Runnable> posted = new ArrayList<>();
    private final List<String> said = new ArrayList<>();

    private StaleNotice notice(String language) {
        return new StaleNotice(posted::add, said::add, Texts.forLanguage(language), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void saysWhenTheShownCopyWasStoredOnTheLoopsThreadOnly() {
        StaleNotice n = notice("en");
        n.shown("article 1 page 1", Instant.parse("2026-12-06T02:02:00Z"));
        assertThat(said).isEmpty();
        posted.forEach(Runnable::run);
        assertThat(said).containsExactly("stored at 10:02, refreshing…");
    }

    @Test
    void saysHowTheRefreshEndedInChinese() {
        StaleNotice n = notice("zh");
        n.refreshed("article 1 page 1");
        n.failed("article 1 page 1", new IOException("refused"));
        posted.forEach(Runnable::run);
        assertThat(said).containsExactly("已刷新：重新打开即可看到新内容", "刷新失败：显示的是本地存储的内容");
    }
}
