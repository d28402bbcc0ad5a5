package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's sqlite-jdbc makes a connection's date format when it is first asked for (the build's SqliteDateFormat
 * step, issue 13): a cold read from the store makes none (its printer set up Java's locale data, ~29 ms of a
 * {@code java -jar} read), and the format made late is the one sqlite-jdbc's own class makes at once.
 */
class SqliteDateFormatIT {
    private static final Path JAR = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"));
    private static final String SETTINGS = "org.sqlite.SQLiteConnectionConfig";

    @TempDir
    Path home;

    @Test
    void theSettingsMakeTheirDateFormatWhenFirstAskedAndItIsSqlitesOwn() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
                URLClassLoader sqlite = ChildRead.libraryJar("sqlite-jdbc")) {
            Class<?> late = jar.loadClass(SETTINGS);
            Class<?> own = sqlite.loadClass(SETTINGS);
            for (Properties pragmas : new Properties[] {new Properties(), withFormat("yyyyMMdd HH:mm")}) {
                Object lateSettings = late.getMethod("fromPragmaTable", Properties.class).invoke(null, pragmas);
                Object ownSettings = own.getMethod("fromPragmaTable", Properties.class).invoke(null, pragmas);
                assertThat(field(late, lateSettings)).as("made before it is asked for").isNull();
                assertThat(field(own, ownSettings)).isNotNull();
                Object made = late.getMethod("getDateFormat").invoke(lateSettings);
                assertThat(made).isSameAs(late.getMethod("getDateFormat").invoke(lateSettings));
                assertThat(made.toString()).isEqualTo(own.getMethod("getDateFormat").invoke(ownSettings).toString());
                late.getMethod("setDateStringFormat", String.class).invoke(lateSettings, "HH:mm");
                assertThat(field(late, lateSettings)).isNull();
                assertThat(late.getMethod("getDateFormat").invoke(lateSettings).toString()).contains("HH:mm");
            }
        }
    }

    @Test
    void aColdReadFromTheStoreMakesNoDateFormat() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            read(portal);
            String out = read(portal);
            assertThat(out).contains("[class,load] org.sqlite.core.NativeDB ");
            assertThat(out).doesNotContain("[class,load] org.sqlite.date.FastDateFormat ");
        }
    }

    private static Properties withFormat(String pattern) {
        Properties p = new Properties();
        p.setProperty("date_string_format", pattern);
        return p;
    }

    private static Object field(Class<?> settings, Object of) throws ReflectiveOperationException {
        Field f = settings.getDeclaredField("dateFormat");
        f.setAccessible(true);
        return f.get(of);
    }

    /** What {@code java -jar fenghuang.jar read 1} printed, the classes it loaded among it. */
    private String read(DemoPortal portal) throws Exception {
        return ChildRead.output(home, portal, List.of("-Xshare:auto", "-Xlog:class+load=info", "-jar",
                JAR.toString()), "INFO");
    }
}
