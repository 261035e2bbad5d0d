package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.ProblemKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresAddressTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void theShortAndTheJdbcFormsReadTheSame() {
        PostgresAddress.Parsed plain = PostgresAddress.parse("postgresql://alice@db.example.org:6543/register", NO_ENV);
        PostgresAddress.Parsed jdbc = PostgresAddress.parse("jdbc:postgresql://alice@db.example.org:6543/register", NO_ENV);

        assertThat(plain).isEqualTo(jdbc);
        assertThat(plain.address()).isEqualTo(new PostgresAddress("db.example.org", 6543, "register", "alice"));
        assertThat(plain.password()).isEmpty();
    }

    @Test
    void thePortDefaultsTo5432AndTheUserToPgUser() {
        PostgresAddress address = PostgresAddress.parse("postgres://db/register", Map.of("PGUSER", "bob")).address();

        assertThat(address.port()).isEqualTo(5432);
        assertThat(address.user()).isEqualTo("bob");
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/register");
    }

    @Test
    void aPasswordInTheAddressIsKeptApartAndNeverShown() {
        PostgresAddress.Parsed parsed = PostgresAddress.parse("postgresql://alice:s%40cret@db/register", NO_ENV);
        PostgresAddress.Parsed query = PostgresAddress.parse("jdbc:postgresql://db/register?user=alice&password=s3", NO_ENV);

        assertThat(parsed.password()).contains("s@cret");
        assertThat(parsed.address().toString()).isEqualTo("postgresql://alice@db:5432/register").doesNotContain("cret");
        assertThat(parsed.address().jdbcUrl()).doesNotContain("cret");
        assertThat(query.password()).contains("s3");
        assertThat(query.address().user()).isEqualTo("alice");
    }

    @Test
    void onlySchemeAddressesAreAddressesAndFilePathsAreNot() {
        assertThat(PostgresAddress.isAddress("postgresql://db/x")).isTrue();
        assertThat(PostgresAddress.isAddress("mysql://db/x")).isTrue();
        assertThat(PostgresAddress.isAddress("C:\\Users\\me\\computefolio.db")).isFalse();
        assertThat(PostgresAddress.isAddress("/home/me/postgresql/register.db")).isFalse();
        assertThat(PostgresAddress.isAddress("postgresql:register.db")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://db/register", "sqlite://register.db", "postgresql://db", "postgresql:///register",
        "postgresql://db:99999/register", "postgresql://db/register?sslmode=require"})
    void anAddressThatCannotBeUsedIsRefusedSayingWhy(String text) {
        assertThatThrownBy(() -> PostgresAddress.parse(text, Map.of("PGUSER", "me")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*(not supported|no host|no database|between 1 and 65535).*");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "postgresql://db|ADDRESS_NO_DATABASE|-",
        "postgresql://db/|ADDRESS_NO_DATABASE|-",
        "postgresql:///register|ADDRESS_NO_HOST|-",
        "postgresql://alice@:5432/register|ADDRESS_NO_HOST|-",
        "postgresql://db:abc/register|ADDRESS_PORT_NOT_A_NUMBER|abc",
        "postgresql://db:/register|ADDRESS_PORT_NOT_A_NUMBER|''",
        "postgresql://db:99999/register|ADDRESS_BAD_PORT|99999",
        "postgresql://db:123456789012/register|ADDRESS_BAD_PORT|123456789012",
        "postgresql://db:0/register|ADDRESS_BAD_PORT|0",
        "postgresql://d b/register|ADDRESS_BAD_HOST|d b",
        "postgresql://[::1/register|ADDRESS_BAD_HOST|[::1",
        "postgresql://db/reg/ister|ADDRESS_DATABASE_WITH_SLASH|reg/ister",
        "postgresql://db/register?sslmode=require|ADDRESS_PARAMETER_UNSUPPORTED|sslmode"})
    void aRefusalNamesThePartOfTheAddressThatIsWrongAsWritten(String text, ProblemKey key, String part) {
        assertThatThrownBy(() -> PostgresAddress.parse(text, Map.of("PGUSER", "me")))
                .isInstanceOfSatisfying(AddressException.class, refused -> {
                    assertThat(refused.explanation().key()).isEqualTo(key);
                    assertThat(refused.explanation().args()).isEqualTo(part == null ? List.of() : List.of(part));
                });
    }

    @Test
    void anIpv6HostWithAPortIsRead() {
        PostgresAddress address = PostgresAddress.parse("postgresql://alice@[::1]:6543/register", NO_ENV).address();

        assertThat(address.host()).isEqualTo("[::1]");
        assertThat(address.port()).isEqualTo(6543);
        assertThat(address.database()).isEqualTo("register");
    }
}
