package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.InMemoryPortfolioService;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The inspector's editable lists without a display: each adds, edits and removes entries through its
 * draft, refuses what cannot be read at the draft's field, leaves what the validator refuses at the
 * list with Save blocked, and takes every change back with one Undo.
 */
class EditableListsTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final InMemoryPortfolioService service = new InMemoryPortfolioService("Test", TestPortfolios.parties(),
            TestPortfolios.deals());
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DealEditorViewModel editor;
    private DealShapes shapes;

    @BeforeEach
    void openAws() {
        workspace.setPortfolio(service.portfolio());
        Messages messages = Messages.english();
        SavedChanges saved = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, messages);
        editor = new DealEditorViewModel(workspace, service, executor, dialogs, saved, url -> { }, messages, TODAY);
        editor.load(workspace.portfolio().deal("openai-aws").orElseThrow(), null);
        shapes = editor.shapes();
    }

    private Revision storedCurrent() {
        return service.deal("openai-aws").orElseThrow().current();
    }

    private Deal stored() {
        return service.deal("openai-aws").orElseThrow();
    }

    private RevisionForm revision() {
        return editor.selectedRevisionProperty().get();
    }

    @Nested
    class ScheduleLegs {
        private LegDraft draft() {
            return (LegDraft) shapes.legs.draft();
        }

        private void addLeg(String start, String months, ScheduleShape shape, String amount, boolean prepayment) {
            shapes.legs.startAdding();
            draft().start.set(start);
            draft().months.set(months);
            draft().shape.set(shape);
            draft().amount.set(amount);
            draft().prepayment.set(prepayment);
            assertThat(shapes.legs.apply()).isTrue();
        }

        @Test
        void aPrepaymentAndTheRestAddingUpToTheHeadlineAreSavedInTheRevisionsCurrency() {
            addLeg("2025-11", "1", ScheduleShape.LUMP, "8B", true);
            addLeg("2025-12", "83", ScheduleShape.EVEN, "30B", false);

            assertThat(editor.canSaveProperty().get()).isTrue();
            editor.save();

            assertThat(storedCurrent().legs()).containsExactly(
                    new ScheduleLeg(null, YearMonth.of(2025, 11), 1, ScheduleShape.LUMP, Money.of("USD", new BigDecimal("8e9")),
                            null, true),
                    new ScheduleLeg(null, YearMonth.of(2025, 12), 83, ScheduleShape.EVEN,
                            Money.of("USD", new BigDecimal("30e9")), null, false));
        }

        @Test
        void legsThatDoNotAddUpToTheHeadlineAreRefusedAtTheListWithTheValidatorsMessage() {
            addLeg("2025-11", "1", ScheduleShape.LUMP, "8B", true);

            assertThat(editor.errors().get(EditorField.LEGS)).contains("add up to").contains("headline total");
            assertThat(editor.canSaveProperty().get()).isFalse();
        }

        @Test
        void aMonthThatCannotBeReadStaysInTheDraftWithItsReasonAndTheListIsUnchanged() {
            shapes.legs.startAdding();
            draft().start.set("Nov 2025");

            assertThat(shapes.legs.apply()).isFalse();

            assertThat(draft().errors.get("start")).startsWith("Not a month");
            assertThat(revision().legs).isEmpty();
            assertThat(editor.isDirty()).isFalse();
        }

        @Test
        void oneUndoTakesBackAnAddedLegAndRedoPutsItBack() {
            addLeg("2025-11", "84", ScheduleShape.EVEN, "38B", false);
            assertThat(editor.isDirty()).isTrue();

            editor.undoManager().undo();

            assertThat(revision().legs).isEmpty();
            assertThat(editor.isDirty()).isFalse();
            editor.undoManager().redo();
            assertThat(revision().legs).hasSize(1);
        }

        @Test
        void editingALegReplacesItInPlaceAndRemovingItEmptiesTheList() {
            addLeg("2025-11", "84", ScheduleShape.EVEN, "38B", false);
            shapes.legs.startEditing(0);
            assertThat(draft().amount.get()).isEqualTo("38B");
            draft().shape.set(ScheduleShape.RAMP);
            shapes.legs.apply();

            assertThat(revision().legs).singleElement().extracting(ScheduleLeg::shape).isEqualTo(ScheduleShape.RAMP);
            shapes.legs.remove(0);
            assertThat(revision().legs).isEmpty();
            assertThat(shapes.legs.countProperty().get()).isZero();
        }
    }

    @Nested
    class Options {
        private OptionDraft draft() {
            return (OptionDraft) shapes.options.draft();
        }

        private void startOption(String from, String until) {
            shapes.options.startAdding();
            draft().kind.set(OptionKind.EXTENSION);
            draft().value.amount.set("10B");
            draft().value.sources.setAll(revision().sources.get(0).source());
            draft().months.set("24");
            draft().exerciseFrom.set(from);
            draft().exerciseUntil.set(until);
        }

        @Test
        void anExtensionWithItsWindowAndSourceIsSaved() {
            startOption("2031-01", "2032-06");
            assertThat(shapes.options.apply()).isTrue();

            editor.save();

            DealOption saved = storedCurrent().options().get(0);
            assertThat(saved.kind()).isEqualTo(OptionKind.EXTENSION);
            assertThat(saved.months()).isEqualTo(24);
            assertThat(saved.exerciseUntil()).isEqualTo(YearMonth.of(2032, 6));
            assertThat(saved.value().amount()).isEqualTo(Money.of("USD", new BigDecimal("10e9")));
            assertThat(saved.value().sources()).hasSize(1);
        }

        @Test
        void aWindowEndingBeforeItOpensIsRefusedAtTheListNamingTheEntry() {
            startOption("2032-06", "2031-01");
            shapes.options.apply();

            assertThat(editor.errors().get(EditorField.OPTIONS)).startsWith("Entry 1: The exercise window ends (2031-01)");
            assertThat(editor.canSaveProperty().get()).isFalse();
        }

        @Test
        void anOptionValueWithoutASourceIsRefusedUntilMarkedUnsourced() {
            startOption("2031-01", "2032-06");
            draft().value.sources.clear();
            shapes.options.apply();
            assertThat(editor.errors().get(EditorField.OPTIONS)).contains("no source");

            shapes.options.startEditing(0);
            draft().value.unsourced.set(true);
            shapes.options.apply();

            assertThat(editor.errors()).doesNotContainKey(EditorField.OPTIONS);
            assertThat(editor.canSaveProperty().get()).isTrue();
        }
    }

    @Nested
    class Roles {
        private RoleDraft draft() {
            return (RoleDraft) shapes.roles.draft();
        }

        private void addRole(PartyRole role, String party, String amount, String share) {
            shapes.roles.startAdding();
            draft().role.set(role);
            draft().party.set(party);
            draft().amount.set(amount);
            draft().share.set(share);
            assertThat(shapes.roles.apply()).isTrue();
        }

        @Test
        void aGuarantorWithTheAmountGuaranteedIsSavedOnTheDeal() {
            addRole(PartyRole.GUARANTOR, "oracle", "2.5B", "");

            editor.save();

            assertThat(stored().roles()).containsExactly(new DealRole(PartyRole.GUARANTOR, "oracle",
                    Money.of("USD", new BigDecimal("2.5e9")), null, java.util.List.of(), null));
        }

        @Test
        void sharesAddingUpToMoreThanAHundredPercentAreRefusedAtTheRolesAndNothingIsWritten() {
            addRole(PartyRole.JV_OWNER, "oracle", "", "60");
            addRole(PartyRole.JV_OWNER, "nvidia", "", "40.0001");

            assertThat(editor.errors().get(EditorField.ROLES)).contains("add up to 100.0001%");
            assertThat(editor.canSaveProperty().get()).isFalse();
            editor.save();
            assertThat(stored().roles()).isEmpty();
        }

        @Test
        void aShareThatIsNotANumberStaysInTheDraft() {
            shapes.roles.startAdding();
            draft().role.set(PartyRole.CO_INVESTOR);
            draft().party.set("oracle");
            draft().share.set("half");

            assertThat(shapes.roles.apply()).isFalse();

            assertThat(draft().errors.get("share")).isEqualTo("Not a number.");
            assertThat(editor.form().roles).isEmpty();
        }

        @Test
        void aRoleNeedsAParty() {
            shapes.roles.startAdding();

            assertThat(shapes.roles.apply()).isFalse();

            assertThat(draft().errors.get("party")).isEqualTo("Required.");
        }
    }

    @Nested
    class ExitRights {
        private ExitRightDraft draft() {
            return (ExitRightDraft) shapes.exitRights.draft();
        }

        @Test
        void anExitRightOnNinetyDaysNoticeIsSaved() {
            shapes.exitRights.startAdding();
            draft().party.set("openai");
            draft().noticeDays.set("90");
            draft().from.set("2027-01");
            shapes.exitRights.apply();

            editor.save();

            assertThat(storedCurrent().exitRights()).containsExactly(new ExitRight("openai", 90, YearMonth.of(2027, 1), null));
        }

        @Test
        void aNoticeOfNoDaysIsRefusedByTheValidatorAtTheList() {
            shapes.exitRights.startAdding();
            draft().party.set("openai");
            draft().noticeDays.set("0");
            shapes.exitRights.apply();

            assertThat(editor.errors().get(EditorField.EXIT_RIGHTS)).contains("notice of 0 days is not possible");
        }
    }

    @Nested
    class OtherFigures {
        private FigureDraft draft() {
            return (FigureDraft) shapes.otherFigures.draft();
        }

        @Test
        void anotherFigureMarkedUnsourcedIsSavedWithItsMarkAndStartsInTheRevisionsCurrency() {
            revision().currency.set("eur");
            revision().amount.set("38B");
            shapes.otherFigures.startAdding();
            assertThat(draft().currency.get()).isEqualTo("EUR");
            draft().basis.set(ValueBasis.ABOUT);
            draft().amount.set("40B");
            draft().label.set("Bloomberg's figure");
            draft().unsourced.set(true);
            shapes.otherFigures.apply();

            editor.save();

            assertThat(storedCurrent().otherFigures()).singleElement().satisfies(figure -> {
                assertThat(figure.basis()).isEqualTo(ValueBasis.ABOUT);
                assertThat(figure.amount()).isEqualTo(Money.of("EUR", new BigDecimal("40e9")));
                assertThat(figure.unsourced()).isTrue();
                assertThat(figure.label()).isEqualTo("Bloomberg's figure");
            });
        }

        @Test
        void anUndisclosedFigureWithAnAmountStaysInTheDraft() {
            shapes.otherFigures.startAdding();
            draft().basis.set(ValueBasis.UNDISCLOSED);
            draft().amount.set("1B");

            assertThat(shapes.otherFigures.apply()).isFalse();

            assertThat(draft().errors).containsKey("amount");
        }
    }

    @Nested
    class Links {
        @Test
        void aLinkToAnotherDealIsSavedAndOneToAnUnknownDealIsRefused() {
            LinkDraft draft = (LinkDraft) shapes.links.draft();
            shapes.links.startAdding();
            draft.type.set(LinkType.RELATED);
            draft.target.set("no-such-deal");
            shapes.links.apply();
            assertThat(editor.errors().get(EditorField.LINKS)).contains("not a known deal");

            shapes.links.startEditing(0);
            draft.target.set("openai-oracle");
            shapes.links.apply();
            editor.save();

            assertThat(stored().links()).containsExactly(new DealLink(LinkType.RELATED, "openai-oracle"));
        }
    }

    @Nested
    class RevisionFields {
        @Test
        void anOpenEndedTermWithItsNoticeIsSavedAndANoticeOnAFixedTermIsRefusedAtTheNotice() {
            revision().termNotice.set("3");
            assertThat(editor.errors().get(EditorField.TERM_NOTICE)).contains("stated end has a notice period");

            revision().termOpenEnded.set(true);
            editor.save();

            assertThat(storedCurrent().term().openEnded()).isTrue();
            assertThat(storedCurrent().term().noticeMonths()).isEqualTo(3);
        }

        @Test
        void aValueWithoutSourcesIsRefusedUntilMarkedUnsourcedAndThenSavedWithTheMark() {
            new ArrayList<>(revision().sources).forEach(editor.sources()::removeSource);
            assertThat(editor.errors().get(EditorField.SOURCES)).contains("no source");

            revision().valueUnsourced.set(true);
            editor.save();

            assertThat(storedCurrent().value().unsourced()).isTrue();
        }

        @Test
        void aCapacityStatedAsAFloorIsSavedWithItsBasisAndConfidence() {
            revision().capacity.set("1.2");
            revision().capacityBasis.set(CapacityBasis.AT_LEAST);
            revision().capacityConfidence.set(com.computefolio.domain.Confidence.OFFICIAL);

            editor.save();

            assertThat(storedCurrent().capacityBasis()).isEqualTo(CapacityBasis.AT_LEAST);
            assertThat(storedCurrent().capacityClaim().confidence()).isEqualTo(com.computefolio.domain.Confidence.OFFICIAL);
        }

        @Test
        void theRevisionsListsFollowTheSelectedRevision() {
            editor.load(workspace.portfolio().deal("openai-oracle").orElseThrow(), null);
            RevisionForm latest = revision();
            shapes.legs.startAdding();
            LegDraft draft = (LegDraft) shapes.legs.draft();
            draft.start.set("2027-01");
            draft.amount.set("320B");
            draft.months.set("60");
            shapes.legs.apply();

            editor.selectedRevisionProperty().set(editor.form().revisions().get(0));

            assertThat(shapes.legs.items()).isEmpty();
            assertThat(latest.legs).hasSize(1);
        }
    }
}
