package dev.fenghuang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows between packages pointing one way: front ends over the application, the application over the
 * site adapter and the cache, the adapter over HTTP. The demo portal never sees the adapter, so the two agree only
 * through the protocol reference.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Main classes only, wherever the build puts its output (-Dbuild.dir), not only under target/.
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("dev.fenghuang");
    }

    private static void onlyMayUse(String pkg, String... allowed) {
        String[] others = java.util.stream.Stream.of("model", "http", "site", "cache", "store", "app", "cli", "tui",
                        "demo")
                .filter(p -> !p.equals(pkg) && !java.util.Arrays.asList(allowed).contains(p))
                .map(p -> "dev.fenghuang." + p + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("dev.fenghuang." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        onlyMayUse("model");
    }

    @Test
    void httpKnowsNothingOfDiscuz() {
        onlyMayUse("http");
    }

    @Test
    void theSiteAdapterUsesOnlyHttpAndTheModel() {
        onlyMayUse("site", "http", "model");
    }

    @Test
    void theCacheHoldsOnlyModelRecords() {
        onlyMayUse("cache", "model");
    }

    @Test
    void theStoreKeepsModelRecordsUnderTheCache() {
        onlyMayUse("store", "cache", "model");
    }

    @Test
    void theApplicationStandsOnTheAdapterTheCacheAndHttpSettings() {
        onlyMayUse("app", "site", "cache", "store", "http", "model");
    }

    @Test
    void frontEndsGoThroughTheApplication() {
        onlyMayUse("cli", "app", "model");
        onlyMayUse("tui", "app", "model");
    }

    @Test
    void theDemoPortalNeverSeesTheClient() {
        onlyMayUse("demo", "model");
    }
    private static void roomUsesNone(String room, String... others) {
        noClasses().that().resideInAPackage("dev.fenghuang." + room + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        java.util.Arrays.stream(others).map(o -> "dev.fenghuang." + o + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void siteMarkupIsTheVocabularyEveryRoomStandsOn() {
        roomUsesNone("site.markup", "site.read", "site.write", "site.admin", "site.forum");
        noClasses().that().resideInAPackage("dev.fenghuang.site.markup..")
                .should().dependOnClassesThat().resideInAPackage("dev.fenghuang.site")
                .check(classes);
    }

    @Test
    void readingThePortalNeverWritesOrModerates() {
        roomUsesNone("site.read", "site.write", "site.admin", "site.forum");
    }

    @Test
    void thePortalRoomsKnowNothingOfTheForum() {
        roomUsesNone("site.write", "site.forum");
        roomUsesNone("site.admin", "site.forum");
        roomUsesNone("tui.read", "tui.forum");
        roomUsesNone("tui.write", "tui.forum");
        roomUsesNone("tui.moderate", "tui.forum", "app.forum", "model.forum");
        // The demo's admin panel is one admin.php for the portal's and the forum's queues, as on a real site.
        roomUsesNone("demo.page", "demo.forum");
        roomUsesNone("demo.write", "demo.forum");
    }

    @Test
    void screenTextAndBytesKnowNoViews() {
        String[] views = {"tui.read", "tui.write", "tui.moderate", "tui.forum"};
        roomUsesNone("tui.text", views);
        roomUsesNone("tui.screen", views);
        roomUsesNone("tui.term", views);
    }

    @Test
    void theDemoStateKnowsNoPages() {
        roomUsesNone("demo.store", "demo.page", "demo.write", "demo.admin", "demo.forum");
        roomUsesNone("demo.http", "demo.page", "demo.write", "demo.admin", "demo.forum", "demo.seed");
    }

    @Test
    void theDemoForumsRoomsKeepTheirArrows() {
        String[] pages = {"demo.forum.read", "demo.forum.write", "demo.forum.moderate"};
        roomUsesNone("demo.forum.state", "demo.forum.seed", "demo.forum.html", "demo.forum.read", "demo.forum.write",
                "demo.forum.moderate", "demo.page", "demo.http", "demo.write", "demo.admin");
        roomUsesNone("demo.forum.seed", pages);
        roomUsesNone("demo.forum.html", "demo.forum.seed", "demo.forum.read", "demo.forum.write", "demo.forum.moderate");
        roomUsesNone("demo.forum.write", "demo.forum.read", "demo.forum.moderate", "demo.forum.seed");
        roomUsesNone("demo.forum.moderate", "demo.forum.read", "demo.forum.write", "demo.forum.seed");
        roomUsesNone("demo.forum.read", "demo.forum.seed");
        // The router (ForumRoutes) stays at the top; no room reaches back up to it.
        noClasses().that().resideInAnyPackage("dev.fenghuang.demo.forum.state..", "dev.fenghuang.demo.forum.seed..",
                "dev.fenghuang.demo.forum.html..", "dev.fenghuang.demo.forum.read..", "dev.fenghuang.demo.forum.write..",
                "dev.fenghuang.demo.forum.moderate..")
                .should().dependOnClassesThat().resideInAPackage("dev.fenghuang.demo.forum")
                .check(classes);
    }

    @Test
    void commandOptionsAndOutputKnowNoCommands() {
        roomUsesNone("cli.option", "cli.read", "cli.write", "cli.moderate", "cli.forum");
        roomUsesNone("cli.output", "cli.read", "cli.write", "cli.moderate", "cli.forum");
    }
}
