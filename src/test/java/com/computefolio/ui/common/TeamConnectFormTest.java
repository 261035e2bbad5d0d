package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.app.RegisterLocation;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.support.MemoryPreferences;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The connect form's rules: the address it builds, the port it takes, and that a password stays out of it. */
class TeamConnectFormTest {

    private static TeamConnectForm filled(String host, String port, String database, String user) {
        TeamConnectForm form = new TeamConnectForm();
        form.hostProperty().set(host);
        form.portProperty().set(port);
        form.databaseProperty().set(database);
        form.userProperty().set(user);
        return form;
    }

    @Test
    void theAddressIsBuiltFromTheFieldsAndReadBackTheSame() {
        TeamConnectForm form = filled(" db.example.org ", "6543", "research", "ana");
        form.passwordProperty().set("s3cret:@/");

        assertThat(form.problem()).isEmpty();
        assertThat(form.address()).isEqualTo("postgresql://ana@db.example.org:6543/research").doesNotContain("s3cret");
        assertThat(RegisterLocation.parse(form.address(), Map.of()).toString()).isEqualTo(form.address());
        assertThat(form.typedPassword()).contains("s3cret:@/");
    }

    @Test
    void thePortIs5432UnlessTypedAndAnEmptyUserIsLeftOut() {
        TeamConnectForm form = new TeamConnectForm();
        assertThat(form.portProperty().get()).isEqualTo("5432");
        form.hostProperty().set("localhost");
        form.databaseProperty().set("team");
        form.portProperty().set("");

        assertThat(form.address()).isEqualTo("postgresql://localhost:5432/team");
    }

    @Test
    void anIpv6HostIsBracketed() {
        assertThat(filled("::1", "5432", "team", "u").address()).isEqualTo("postgresql://u@[::1]:5432/team");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "-1", "54x", "1e3", "999999"})
    void aPortOutsideOneTo65535IsRefused(String port) {
        TeamConnectForm form = filled("h", port, "team", "u");

        assertThat(form.port()).isEmpty();
        assertThat(form.problem()).contains("team.connect.problem.port");
        assertThatThrownBy(form::address).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingOrMalformedFieldsAreNamed() {
        assertThat(filled("", "5432", "team", "u").problem()).contains("team.connect.problem.host");
        assertThat(filled("a host", "5432", "team", "u").problem()).contains("team.connect.problem.hostChars");
        assertThat(filled("h", "5432", " ", "u").problem()).contains("team.connect.problem.database");
        assertThat(filled("h", "5432", "te/am", "u").problem()).contains("team.connect.problem.chars");
        assertThat(filled("h", "5432", "team", "u:pw").problem()).contains("team.connect.problem.chars");
        assertThat(filled("h", "1", "team", "u").problem()).isEqualTo(Optional.empty());
    }

    @Test
    void theRecentListKeepsAddressesMostRecentFirstAndRefusesOneWithAPassword() {
        UserPreferences preferences = new UserPreferences(new MemoryPreferences());
        preferences.addRecentTeamDatabase("postgresql://a@h:5432/one");
        preferences.addRecentTeamDatabase("postgresql://h:5432/two");
        preferences.addRecentTeamDatabase("postgresql://a@h:5432/one");

        assertThat(preferences.recentTeamDatabases()).containsExactly("postgresql://a@h:5432/one", "postgresql://h:5432/two");
        assertThatThrownBy(() -> preferences.addRecentTeamDatabase("postgresql://a:pw@h:5432/one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw@");
        assertThat(preferences.recentTeamDatabases()).hasSize(2);
    }
}
