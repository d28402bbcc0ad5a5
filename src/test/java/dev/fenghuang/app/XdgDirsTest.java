package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XdgDirsTest {
    @Test
    void honoursTheXdgVariables() {
        XdgDirs d = XdgDirs.from(Map.of("XDG_CONFIG_HOME", "/c", "XDG_STATE_HOME", "/s", "XDG_CACHE_HOME", "/k"), "/home/u");
        assertThat(d.config()).isEqualTo(Path.of("/c/fenghuang"));
        assertThat(d.state()).isEqualTo(Path.of("/s/fenghuang"));
        assertThat(d.cache()).isEqualTo(Path.of("/k/fenghuang"));
    }

    @Test
    void fallsBackToTheHomeDirectoryAndIgnoresRelativeValues() {
        XdgDirs d = XdgDirs.from(Map.of("XDG_STATE_HOME", "relative/dir"), "/home/u");
        assertThat(d.config()).isEqualTo(Path.of("/home/u/.config/fenghuang"));
        assertThat(d.state()).isEqualTo(Path.of("/home/u/.local/state/fenghuang"));
        assertThat(d.cache()).isEqualTo(Path.of("/home/u/.cache/fenghuang"));
    }
}
