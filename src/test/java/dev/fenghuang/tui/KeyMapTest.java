package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyMapTest {
    @Test
    void theDefaultsCoverTheDocumentedKeys() {
        KeyMap keys = KeyMap.defaults();
        assertThat(keys.action(new KeyStroke('j', false, false))).contains(KeyAction.DOWN);
        assertThat(keys.action(new KeyStroke(KeyType.ArrowDown))).contains(KeyAction.DOWN);
        assertThat(keys.action(new KeyStroke(' ', false, false))).contains(KeyAction.PAGE_DOWN);
        assertThat(keys.action(new KeyStroke(KeyType.Escape))).contains(KeyAction.BACK);
        assertThat(keys.action(new KeyStroke('c', true, false))).contains(KeyAction.EXIT);
        assertThat(keys.action(new KeyStroke('G', false, false))).contains(KeyAction.BOTTOM);
        assertThat(keys.action(new KeyStroke(':', false, false))).contains(KeyAction.GO_TO);
        assertThat(keys.action(new KeyStroke('x', false, false))).isEmpty();
    }

    @Test
    void theQueuesOwnKeysComeFirstOnTheQueueOnly() {
        KeyMap keys = KeyMap.defaults();
        KeyStroke space = new KeyStroke(' ', false, false);
        assertThat(keys.action(space, true)).contains(KeyAction.QUEUE_MARK);
        assertThat(keys.action(space, false)).contains(KeyAction.PAGE_DOWN);
        assertThat(keys.action(new KeyStroke('d', false, false), true)).contains(KeyAction.QUEUE_DELETE);
        assertThat(keys.action(new KeyStroke('d', false, false))).contains(KeyAction.REMOVE);
        assertThat(keys.action(new KeyStroke('a', false, false))).isEmpty();
        assertThat(keys.action(new KeyStroke('j', false, false), true)).contains(KeyAction.DOWN);
        assertThat(keys.keys(KeyAction.PAGE_DOWN)).contains("Space");
        assertThat(keys.keys(KeyAction.QUEUE_MARK)).containsExactly("Space");
    }

    @Test
    void theForumsOwnKeysComeFirstInTheForumOnly() {
        KeyMap keys = KeyMap.defaults();
        KeyStroke q = new KeyStroke('Q', false, false);
        KeyStroke r = new KeyStroke('R', false, false);
        assertThat(keys.action(q, KeyAction.Scope.FORUM)).contains(KeyAction.FORUM_QUOTE);
        assertThat(keys.action(q, KeyAction.Scope.READER)).contains(KeyAction.EXIT);
        assertThat(keys.action(r, KeyAction.Scope.FORUM)).contains(KeyAction.FORUM_REPLY);
        assertThat(keys.action(r)).contains(KeyAction.QUOTE);
        assertThat(keys.action(new KeyStroke(KeyType.Tab), false)).contains(KeyAction.FORUM_TAB);
        assertThat(keys.action(new KeyStroke(KeyType.Tab), true)).contains(KeyAction.QUEUE_TAB);
        assertThat(keys.action(new KeyStroke('2', false, false))).contains(KeyAction.FORUM);
        assertThat(keys.action(new KeyStroke('j', false, false), KeyAction.Scope.FORUM)).contains(KeyAction.DOWN);
        Map<String, String> settings = Map.of("keys.forumQuote", "w");
        KeyMap own = KeyMap.from(k -> Optional.ofNullable(settings.get(k)));
        assertThat(own.action(new KeyStroke('w', false, false), KeyAction.Scope.FORUM))
                .contains(KeyAction.FORUM_QUOTE);
        assertThat(own.action(q, KeyAction.Scope.FORUM)).contains(KeyAction.EXIT);
    }

    @Test
    void aSettingReplacesAnActionsKeysAndTakesThemFromOthers() {
        Map<String, String> settings = Map.of("keys.down", "n, ctrl-N", "keys.up", "ArrowUp");
        KeyMap keys = KeyMap.from(k -> Optional.ofNullable(settings.get(k)));
        assertThat(keys.action(new KeyStroke('n', false, false))).contains(KeyAction.DOWN);
        assertThat(keys.action(new KeyStroke('n', true, false))).contains(KeyAction.DOWN);
        assertThat(keys.action(new KeyStroke('j', false, false))).isEmpty();
        assertThat(keys.action(new KeyStroke('k', false, false))).isEmpty();
        assertThat(keys.keys(KeyAction.NEXT_HIT)).isEmpty();
    }

    @Test
    void theShippedConfigurationGivesTheDefaults() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = KeyMapTest.class.getResourceAsStream("/config/fenghuang.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        KeyMap shipped = KeyMap.from(k -> Optional.ofNullable(p.getProperty(k)));
        for (KeyAction a : KeyAction.values()) {
            assertThat(shipped.keys(a)).as(a.setting()).isEqualTo(KeyMap.defaults().keys(a));
        }
    }
}
