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
        String[] others = java.util.stream.Stream.of("model", "http", "site", "cache", "app", "cli", "tui", "demo")
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
    void theApplicationStandsOnTheAdapterTheCacheAndHttpSettings() {
        onlyMayUse("app", "site", "cache", "http", "model");
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
}
