package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path home;

    private XdgDirs dirs() {
        return XdgDirs.from(Map.of(), home.toString());
    }

    private Properties shipped() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream(Settings.DEFAULTS)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Without a file of the user's, every setting is the shipped file's, read as the file reads. */
    @Test
    void withoutAFileOfTheUsersEachSettingIsTheShippedOne() throws Exception {
        Properties shipped = shipped();
        assertThat(shipped.stringPropertyNames()).hasSizeGreaterThan(50);
        Settings settings = Settings.load(dirs());
        for (String key : shipped.stringPropertyNames()) {
            String v = shipped.getProperty(key);
            assertThat(settings.text(key)).as(key)
                    .isEqualTo(v.isBlank() ? Optional.empty() : Optional.of(v.strip()));
        }
        assertThat(settings.text("site")).contains("demo");
        assertThat(settings.text("no.such.setting")).isEmpty();
    }

    /** The user's file wins over the defaults, a blank value included (it unsets); a profile wins over both. */
    @Test
    void theUsersFileAndAProfileOverlayTheDefaults() throws Exception {
        Files.createDirectories(dirs().config());
        Files.writeString(dirs().config().resolve(Settings.FILE),
                "site = mine\nhttp.userAgent =\nhttp.readTimeout = 20s\nown.setting = 1\n", StandardCharsets.UTF_8);
        Settings settings = Settings.load(dirs());
        assertThat(settings.text("site")).contains("mine");
        assertThat(settings.text("http.userAgent")).isEmpty();
        assertThat(settings.duration("http.readTimeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.duration("http.connectTimeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.integer("own.setting", 0)).isEqualTo(1);
        Path profile = home.resolve("profile.properties");
        Files.writeString(profile, "site = profiled\nhttp.connectTimeout = 2s\n", StandardCharsets.UTF_8);
        Settings profiled = settings.overlaidBy(profile);
        assertThat(profiled.text("site")).contains("profiled");
        assertThat(profiled.duration("http.connectTimeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(profiled.duration("http.readTimeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(20));
        assertThat(profiled.text("http.userAgent")).isEmpty();
        assertThat(settings.text("site")).as("the settings overlaid are left as they were").contains("mine");
    }

    @Test
    void aSettingThatIsNotANumberSaysWhich() throws Exception {
        Files.createDirectories(dirs().config());
        Files.writeString(dirs().config().resolve(Settings.FILE), "cache.maxMegabytes = many\n");
        assertThatThrownBy(() -> Settings.load(dirs()).integer("cache.maxMegabytes", 1))
                .hasMessageContaining("cache.maxMegabytes").hasMessageContaining("many");
    }
}
