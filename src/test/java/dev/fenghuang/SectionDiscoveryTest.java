package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The category tree, found from a decorated front page and, on a fresh X3.5 site, by probing. */
class SectionDiscoveryTest {
    @TempDir
    Path home;

    private static List<String> names(List<Section> tree) {
        List<String> names = new ArrayList<>();
        for (Section s : tree) {
            names.add(s.name());
            for (Section c : s.children()) {
                names.add(s.name() + "/" + c.name());
            }
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void findsTheSameTreeWithOrWithoutANavigation(boolean emptyIndex) throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().emptyIndex(emptyIndex).build());
             PortalReader reader = new Main(XdgDirs.from(Map.of(), home.toString()))
                     .open(portal.baseUrl().toString(), false)) {
            List<Section> tree = reader.sections(false);
            assertThat(names(tree)).contains("党政风采", "党政风采/渠县", "党政风采/达州", "社会民生", "社会民生/教育",
                    "社会民生/交通", "乡镇动态");
            assertThat(names(tree)).noneMatch(n -> n.contains("往期回顾"));
            assertThat(portal.requestCount()).isLessThan(60);
        }
    }
}
