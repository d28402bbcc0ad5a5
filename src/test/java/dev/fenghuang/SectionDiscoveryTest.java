package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.FaultRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import dev.fenghuang.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

    /**
     * A category whose list answers Discuz's System Error (1.5: HTTP 503, Retry-After) is still in the tree, by the
     * name the navigation gives it, marked as not read; {@code sections} says so in one line, in text and JSON.
     */
    @Test
    void keepsACategoryWhoseListAnswersSystemErrorAndSaysItWasNotRead() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.inject(FaultRule.of(Fault.SYSTEM_ERROR).on("/portal.php?mod=list&catid=4"));
            try (PortalReader reader = new Main(XdgDirs.from(Map.of(), home.resolve("api").toString()))
                    .open(portal.baseUrl().toString(), false)) {
                List<Section> tree = reader.sections(false);
                assertThat(names(tree)).contains("党政风采", "社会民生", "乡镇动态");
                Section refused = tree.stream().filter(s -> s.id() == 4).findFirst().orElseThrow();
                assertThat(refused.name()).isEqualTo("社会民生");
                assertThat(refused.listRefused()).isTrue();
                assertThat(tree.stream().filter(s -> s.id() != 4)).noneMatch(Section::listRefused);
            }
            String[] text = sections(portal, "en");
            assertThat(text[0]).contains("社会民生").contains("乡镇动态");
            assertThat(text[1].lines().filter(l -> l.contains("社会民生")).toList()).singleElement()
                    .satisfies(l -> assertThat(l).contains("could not be read"));
            String[] zh = sections(portal, "zh-CN");
            assertThat(zh[1]).contains("社会民生").contains("无法读取");
            String[] json = sections(portal, "en", "--json");
            var entries = com.google.gson.JsonParser.parseString(json[0]).getAsJsonArray();
            for (var e : entries) {
                var o = e.getAsJsonObject();
                assertThat(o.get("listRefused").getAsBoolean()).as(o.toString()).isEqualTo(o.get("id").getAsInt() == 4);
            }
        }
    }

    private String[] sections(DemoPortal portal, String lang, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.resolve("cli-" + lang + more.length).toString()),
                Map.of()));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("--site", portal.baseUrl().toString(), "--lang", lang, "sections"));
        args.addAll(List.of(more));
        int code = cmd.execute(args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return new String[] {out.toString(), err.toString()};
    }
}
