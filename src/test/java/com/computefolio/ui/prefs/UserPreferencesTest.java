package com.computefolio.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;
import com.computefolio.service.DealFilter;
import com.computefolio.service.PartyRoles;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import java.math.BigDecimal;
import com.computefolio.ui.support.MemoryPreferences;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserPreferencesTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private final UserPreferences preferences = new UserPreferences(node);

    @Test
    void freshPreferencesGiveTheDefaults() {
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
        assertThat(preferences.recentFiles()).isEmpty();
        assertThat(preferences.lastFile()).isNull();
        assertThat(preferences.lastFilter()).isEqualTo(DealFilter.ALL);
    }

    @Test
    void themeBoundsAndFiltersAreRemembered() {
        preferences.setTheme(Theme.DARK);
        preferences.setWindowBounds(new WindowBounds(10, 20, 1200, 800, true));
        DealFilter filter = new DealFilter("oracle", Set.of("openai", "oracle"), Set.of(), Set.of(DealStatus.DEFINITIVE),
                Set.of(Confidence.OFFICIAL, Confidence.REPORTED), LocalDate.of(2025, 1, 1), null, LocalDate.of(2026, 2, 1), Set.of());
        preferences.setLastFilter(filter);

        UserPreferences again = new UserPreferences(node);

        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.windowBounds()).isEqualTo(new WindowBounds(10, 20, 1200, 800, true));
        assertThat(again.lastFilter()).isEqualTo(filter);
    }

    @Test
    void thePickedScenarioIsRememberedWithItsStress() {
        Scenario stressed = Scenarios.builtIn().find("ceilings").orElseThrow().withStress(new Stress(6, new BigDecimal("20")));
        preferences.setLastFilter(DealFilter.ALL.withScenario(stressed));

        assertThat(new UserPreferences(node).lastFilter().scenario()).isEqualTo(stressed);
    }

    @Test
    void theGrossSwitchIsRemembered() {
        preferences.setLastFilter(DealFilter.ALL.withGross(true));
        assertThat(new UserPreferences(node).lastFilter().gross()).isTrue();

        preferences.setLastFilter(DealFilter.ALL);
        assertThat(new UserPreferences(node).lastFilter().gross()).isFalse();
    }

    @Test
    void aRememberedScenarioThatIsNotBuiltInFallsBackToTheDefault() {
        preferences.setLastFilter(DealFilter.ALL.withScenario(Scenario.AS_REGISTERED.withName("gone")));

        assertThat(new UserPreferences(node).lastFilter().scenario()).isEqualTo(Scenario.AS_REGISTERED);
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutDuplicatesAndAtMostEight(@org.junit.jupiter.api.io.TempDir Path dir) {
        for (int i = 0; i < 10; i++) {
            preferences.addRecentFile(dir.resolve("p" + i + ".db"));
        }
        preferences.addRecentFile(dir.resolve("p5.db"));

        assertThat(preferences.recentFiles()).hasSize(UserPreferences.MAX_RECENT)
                .first().isEqualTo(dir.resolve("p5.db"));
        assertThat(preferences.recentFiles()).doesNotHaveDuplicates().doesNotContain(dir.resolve("p0.db"));
        assertThat(preferences.lastFile()).isEqualTo(dir.resolve("p5.db"));
    }

    @Test
    void valuesThatCannotBeReadFallBackToDefaults() {
        node.put("theme", "PURPLE");
        node.put("filter.kinds", "CHIPS\u001fNOT_A_KIND");
        node.put("filter.asOf", "yesterday");
        node.putDouble("bounds.width", 12);

        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.lastFilter().kinds()).hasSize(1);
        assertThat(preferences.lastFilter().asOf()).isNull();
        assertThat(preferences.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
    }

    @Test
    void roleFiltersAreRememberedWithTheOtherFilters() {
        PartyRoles roles = new PartyRoles(Set.of("microsoft", "amazon"), Set.of("nvidia"), Set.of("openai"));
        preferences.setLastFilter(DealFilter.ALL.withRoles(roles));

        assertThat(new UserPreferences(node).lastFilter().roles()).isEqualTo(roles);
    }
}
