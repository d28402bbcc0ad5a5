package dev.fenghuang.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which key does what. Keys are written as the character itself ({@code j}, {@code G}, {@code /}), as
 * {@code Space}, as {@code Ctrl-x}, or as a Lanterna key type name ({@code ArrowDown}, {@code PageUp},
 * {@code Enter}, {@code Escape}, {@code Backspace}, {@code Home}, {@code End}, {@code F1}, ...).
 */
public final class KeyMap {
    private final Map<KeyAction.Scope, Map<String, KeyAction>> scopes;
    private final Map<KeyAction, List<String>> keys;

    private KeyMap(Map<KeyAction.Scope, Map<String, KeyAction>> scopes, Map<KeyAction, List<String>> keys) {
        this.scopes = scopes;
        this.keys = keys;
    }

    static KeyMap defaults() {
        return from(key -> Optional.empty());
    }

    /**
     * The default map with the user's settings applied: {@code setting.apply("keys.down")} gives the keys for an
     * action, replacing its defaults. A key claimed by a setting no longer does what it did by default.
     */
    static KeyMap from(Function<String, Optional<String>> setting) {
        Map<KeyAction, List<String>> keys = new EnumMap<>(KeyAction.class);
        Map<KeyAction, Boolean> overridden = new EnumMap<>(KeyAction.class);
        for (KeyAction a : KeyAction.values()) {
            Optional<String> own = setting.apply("keys." + a.setting());
            keys.put(a, parse(own.orElse(a.defaults())));
            overridden.put(a, own.isPresent());
        }
        Map<KeyAction.Scope, Map<String, KeyAction>> scopes = new EnumMap<>(KeyAction.Scope.class);
        for (KeyAction.Scope scope : KeyAction.Scope.values()) {
            scopes.put(scope, bind(keys, overridden, scope));
        }
        for (KeyAction a : KeyAction.values()) {
            Map<String, KeyAction> scope = scopes.get(a.scope());
            List<String> bound = new ArrayList<>();
            for (String k : keys.get(a)) { // loops, not streams: built on the way to the first frame, cold
                if (scope.get(k) == a) {
                    bound.add(k);
                }
            }
            keys.put(a, List.copyOf(bound));
        }
        return new KeyMap(scopes, keys);
    }

    /**
     * The keys of the reader's actions, or of one scope's own (the queue's, the forum's): the defaults first, the
     * user's settings over them.
     */
    private static Map<String, KeyAction> bind(Map<KeyAction, List<String>> keys,
                                               Map<KeyAction, Boolean> overridden, KeyAction.Scope scope) {
        Map<String, KeyAction> actions = new HashMap<>();
        for (boolean own : new boolean[] {false, true}) {
            for (KeyAction a : KeyAction.values()) {
                if (a.scope() == scope && overridden.get(a) == own) {
                    for (String k : keys.get(a)) {
                        actions.put(k, a);
                    }
                }
            }
        }
        return actions;
    }

    private static List<String> parse(String list) {
        List<String> out = new ArrayList<>();
        for (String k : list.split(",")) {
            String key = k.strip();
            if (!key.isEmpty()) {
                out.add(normalise(key));
            }
        }
        if (list.contains(",,") || list.strip().equals(",")) {
            out.add(",");
        }
        return out;
    }

    private static String normalise(String key) {
        if (key.length() > 5 && key.regionMatches(true, 0, "ctrl-", 0, 5)) {
            return "Ctrl-" + key.substring(5).toLowerCase(Locale.ROOT);
        }
        if (key.length() == 1) {
            return key;
        }
        for (KeyType t : KeyType.values()) {
            if (t.name().equalsIgnoreCase(key)) {
                return t.name();
            }
        }
        if (key.equalsIgnoreCase("space")) {
            return "Space";
        }
        if (key.equalsIgnoreCase("esc")) {
            return KeyType.Escape.name();
        }
        return key;
    }

    /** The name of a key as the settings write it. */
    static String name(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) {
                return "Ctrl-" + Character.toLowerCase(c);
            }
            return c == ' ' ? "Space" : String.valueOf(c);
        }
        return k.getKeyType().name();
    }

    public Optional<KeyAction> action(KeyStroke k) {
        return Optional.ofNullable(scopes.get(KeyAction.Scope.READER).get(name(k)));
    }

    /** The action of a key on the moderation queue: the queue's own keys first, then the reader's. */
    public Optional<KeyAction> action(KeyStroke k, boolean onQueue) {
        return action(k, onQueue ? KeyAction.Scope.QUEUE : KeyAction.Scope.READER);
    }

    /** The action of a key where {@code scope}'s own keys go first (the queue, the forum), then the reader's. */
    public Optional<KeyAction> action(KeyStroke k, KeyAction.Scope scope) {
        KeyAction own = scope == KeyAction.Scope.READER ? null : scopes.get(scope).get(name(k));
        return own != null ? Optional.of(own) : action(k);
    }

    /** The keys bound to an action, in the order the settings give them. */
    List<String> keys(KeyAction a) {
        return keys.get(a);
    }
}
