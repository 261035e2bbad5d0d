package com.computefolio.domain.audit;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.DealBuilder.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.DealBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DealChangesTest {

    private static final DealOption OPTION = new DealOption(OptionKind.EXTENSION, "two more years",
            Figure.undisclosed(Confidence.REPORTED, List.of(source("S1"))), 24, YearMonth.of(2030, 1), null);
    private static final ExitRight EXIT = new ExitRight("amazon", 90, YearMonth.of(2027, 1), "for convenience");

    /** A deal with one of every kind of field, v2 included: role, option, exit right, capacity claim, leg. */
    private static DealBuilder full() {
        return deal("aws").title("AWS cloud").tags("cloud").notes("n").link(LinkType.RELATED, "other")
                .role(PartyRole.GUARANTOR, "google", "3", null)
                .value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                .capacity("1.5", CapacityBasis.UP_TO, Confidence.REPORTED).hardware("GB200")
                .leg("2025-11", 12, ScheduleShape.EVEN, null)
                .option(OPTION).exitRight(EXIT);
    }

    static Stream<Arguments> everyFieldKind() {
        return Stream.of(
                change("title", b -> b.title("AWS compute"), "title", "AWS cloud", "AWS compute"),
                change("party", b -> b.buyer("anthropic"), "buyer", "openai", "anthropic"),
                change("enum", b -> b.kind(DealKind.CHIPS), "kind", "CLOUD_SERVICES", "CHIPS"),
                change("date", b -> b.announced("2025-02-01"), "announced", "2025-01-15", "2025-02-01"),
                change("tags", b -> b.tags("gpu"), "tags", "cloud", "cloud, gpu"),
                change("link added", b -> b.link(LinkType.PART_OF, "stargate"), "links[1]", null, "PART_OF stargate"),
                change("notes removed", b -> b.notes(null), "notes", "n", null),
                change("money", b -> b.value("50", ValueBasis.TOTAL_OVER_TERM),
                        "revisions[0].value.amount", "38000000000.00 USD", "50000000000.00 USD"),
                change("figure basis", b -> b.value("38", ValueBasis.UP_TO),
                        "revisions[0].value.basis", "TOTAL_OVER_TERM", "UP_TO"),
                change("estimate range", b -> b.range("30", "40"),
                        "revisions[0].value.low", null, "30000000000.00 USD"),
                change("figure sources", b -> b.sourceIds("S1", "S2"), "revisions[0].value.sources", "S1", "S1, S2"),
                change("revision status", b -> b.status(DealStatus.ACTIVE), "revisions[0].status", "DEFINITIVE", "ACTIVE"),
                change("term months", b -> b.term("2025-11", 60), "revisions[0].term.months", "84", "60"),
                change("term assumed", b -> b.assumedTerm("2025-11", 84), "revisions[0].term.assumed", null, "true"),
                change("capacity", b -> b.capacityGw("2"), "revisions[0].capacity", "1.5 GW", "2 GW"),
                change("capacity claim", b -> b.capacityClaim(new CapacityClaim(CapacityBasis.AT_LEAST, Confidence.REPORTED,
                        List.of(), null, false)), "revisions[0].capacity.basis", "UP_TO", "AT_LEAST"),
                change("hardware", b -> b.hardware("GB300"), "revisions[0].hardware", "GB200", "GB300"),
                change("leg", b -> b.noLegs().leg("2025-11", 24, ScheduleShape.EVEN, null),
                        "revisions[0].schedule[0].months", "12", "24"),
                change("leg prepayment", b -> b.noLegs().leg(new ScheduleLeg("leg 1", YearMonth.of(2025, 11), 12,
                        ScheduleShape.EVEN, null, null, true)), "revisions[0].schedule[0].prepayment", null, "true"),
                change("leg amount", b -> b.noLegs().leg(new ScheduleLeg("leg 1", YearMonth.of(2025, 11), 12,
                        ScheduleShape.EVEN, Money.usd(125), null, false)), "revisions[0].schedule[0].amount", null, "1.25 USD"),
                change("option", b -> b.option(new DealOption(OptionKind.RENEWAL, null,
                        Figure.undisclosed(Confidence.REPORTED, List.of(source("S1"))), 12, null, null)),
                        "revisions[0].options[1].kind", null, "RENEWAL"),
                change("exit right", b -> b.exitRight(new ExitRight("openai", 30, null, null)),
                        "revisions[0].exitRights[1].noticeDays", null, "30"),
                change("role", b -> b.role(PartyRole.CO_INVESTOR, "softbank", null, "40.5"),
                        "roles[1].share", null, "40.5"),
                change("revision added", b -> b.then("2026-02-27").change("Grew."),
                        "revisions[1].change", null, "Grew."));
    }

    private static Arguments change(String kind, UnaryOperator<DealBuilder> edit, String path, String old, String now) {
        return Arguments.of(kind, edit, path, old, now);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFieldKind")
    void findsTheChangedFieldWithItsOldAndNewText(String kind, UnaryOperator<DealBuilder> edit, String path,
                                                  String old, String now) {
        List<FieldChange> changes = DealChanges.between(full().build(), edit.apply(full()).build());

        assertThat(changes).contains(new FieldChange(path, old, now));
    }

    @Test
    void anUnchangedDealHasNoChangesWhateverItsVersion() {
        assertThat(DealChanges.between(full().build(), full().version(7).build())).isEmpty();
    }

    @Test
    void onlyTheEditedFieldIsListed() {
        Deal before = full().build();
        Deal after = full().title("New title").build();

        assertThat(DealChanges.between(before, after)).containsExactly(new FieldChange("title", "AWS cloud", "New title"));
    }

    @Test
    void aNewDealListsEveryFieldAsAddedAndADeletedOneEveryFieldAsRemoved() {
        Deal deal = full().build();

        List<FieldChange> created = DealChanges.between(null, deal);
        List<FieldChange> deleted = DealChanges.between(deal, null);

        assertThat(created).hasSameSizeAs(DealFields.of(deal).entrySet()).allMatch(c -> c.oldValue() == null)
                .contains(new FieldChange("id", null, "aws"), new FieldChange("revisions[0].options[0].kind", null, "EXTENSION"),
                        new FieldChange("revisions[0].exitRights[0].party", null, "amazon"),
                        new FieldChange("roles[0].amount", null, "3000000000.00 USD"));
        assertThat(deleted).hasSameSizeAs(created).allMatch(c -> c.newValue() == null);
    }

    @Test
    void aRemovedListItemListsItsFieldsAsRemoved() {
        Deal before = full().build();
        Deal after = full().noLegs().build();

        assertThat(DealChanges.between(before, after)).extracting(FieldChange::path)
                .contains("revisions[0].schedule[0].start", "revisions[0].schedule[0].months")
                .allMatch(p -> p.startsWith("revisions[0].schedule[0]."));
    }
}
