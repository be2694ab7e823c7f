package fi.aloitepolku.process.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Templates as data, gating by required steps, and what a step record accepts. */
class ProcessDomainTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static StepDefinition step(String name, boolean optional, InitiativeStatus requiredBefore) {
        return new StepDefinition(name, name + " (sv)", name + " (en)", Responsible.PREPARER, optional, requiredBefore);
    }

    /** Five steps: 1 and 3 gate the proposal, 2 is optional, 4 gates the decision, 5 gates closing. */
    ProcessTemplate template() {
        var t = ProcessTemplate.draft("Testi", "admin", NOW);
        t.addStep(step("Johto informoi", false, InitiativeStatus.DECISION_PROPOSED));
        t.addStep(step("Henkilöstötiedote", true, InitiativeStatus.DECISION_PROPOSED));
        t.addStep(step("Kuuleminen", false, InitiativeStatus.DECISION_PROPOSED));
        t.addStep(step("Esityslista", false, InitiativeStatus.DECIDED));
        t.addStep(step("Pöytäkirja", false, InitiativeStatus.CLOSED));
        return t;
    }

    static List<CaseStep> caseSteps(ProcessTemplate t) {
        return t.steps().stream().map(s -> new CaseStep(7L, s)).toList();
    }

    static StepRecord done(LocalDate date) {
        return new StepRecord(StepState.DONE, date, null, "Pekka", "muistiinpano", true, List.of());
    }

    static List<Integer> positions(List<ProcessStep> steps) {
        return steps.stream().map(ProcessStep::position).toList();
    }

    @Test
    void theProposalWaitsForItsRequiredStepsButNotForOptionalOnes() {
        var steps = caseSteps(template());
        assertEquals(List.of(1, 3), positions(Gating.missingBefore(InitiativeStatus.DECISION_PROPOSED, steps)));
        steps.get(0).record(done(TODAY), 0, TODAY, "pekka", NOW);
        steps.get(2).record(new StepRecord(StepState.NOT_APPLICABLE, TODAY, null, null, "ei tarpeen", false, List.of()),
                0, TODAY, "pekka", NOW);
        assertEquals(List.of(), positions(Gating.missingBefore(InitiativeStatus.DECISION_PROPOSED, steps)));
    }

    @Test
    void laterStatusesWaitForEarlierGatesToo() {
        var steps = caseSteps(template());
        assertEquals(List.of(1, 3, 4), positions(Gating.missingBefore(InitiativeStatus.DECIDED, steps)));
        assertEquals(List.of(1, 3, 4, 5), positions(Gating.missingBefore(InitiativeStatus.CLOSED, steps)));
        assertEquals(List.of(), positions(Gating.missingBefore(InitiativeStatus.IN_PREPARATION, steps)));
        assertEquals(List.of(), positions(Gating.missingBefore(InitiativeStatus.WITHDRAWN, steps)), "withdrawing is never held back");
    }

    @Test
    void aPlannedStepDoesNotSettleIt() {
        var steps = caseSteps(template());
        steps.get(0).record(new StepRecord(StepState.PLANNED, null, TODAY.plusDays(3), null, null, false, List.of()), 0,
                TODAY, "pekka", NOW);
        assertEquals(List.of(1, 3), positions(Gating.missingBefore(InitiativeStatus.DECISION_PROPOSED, steps)));
        assertFalse(steps.get(0).overdue(TODAY));
        assertTrue(steps.get(0).overdue(TODAY.plusDays(4)));
    }

    @Test
    void aDoneStepNeedsADateThatIsNotInTheFuture() {
        var step = caseSteps(template()).getFirst();
        assertEquals("date", assertThrows(RuleViolation.class,
                () -> step.record(done(TODAY.plusDays(1)), 0, TODAY, "pekka", NOW)).field());
        assertEquals("date", assertThrows(RuleViolation.class,
                () -> step.record(done(null), 0, TODAY, "pekka", NOW)).field());
        assertEquals(StepState.OPEN, step.state(), "nothing changed");
        step.record(done(TODAY), 0, TODAY, "pekka", NOW);
        assertEquals(TODAY, step.doneOn());
    }

    @Test
    void aStepRecordStartedFromAnOldVersionIsRefused() {
        var step = caseSteps(template()).getFirst();
        assertThrows(ConcurrentEdit.class, () -> step.record(done(TODAY), 3, TODAY, "pekka", NOW));
        assertEquals(StepState.OPEN, step.state());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.otakantaa.fi/fi-FI/projects/123", "http://www.pori.fi/uutiset?id=5"})
    void webAddressesAreEvidence(String url) {
        assertEquals(url, new EvidenceLink(LinkKind.WEB_PAGE, url, "Sivu").url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://files.pori.fi/x", "/relative/page", "www.pori.fi",
            "https://", "mailto:kirjaamo@pori.fi", "http://exa mple.com"})
    void anythingElseIsRefused(String url) {
        assertEquals("links", assertThrows(RuleViolation.class,
                () -> new EvidenceLink(LinkKind.WEB_PAGE, url, null)).field());
    }

    @Test
    void aPublishedTemplateIsFrozenAndACopyIsADraftWithTheSameSteps() {
        var template = template();
        template.publish(NOW);
        assertTrue(template.isDefault());
        assertThrows(StateConflict.class, () -> template.addStep(step("Uusi", false, null)));
        assertThrows(StateConflict.class, () -> template.rename("Toinen"));
        var copy = template.copy("Kopio", 2, "admin", NOW);
        assertEquals(TemplateState.DRAFT, copy.state());
        assertEquals(5, copy.steps().size());
        assertEquals("Kuuleminen", copy.steps().get(2).definition().nameFi());
        copy.addStep(step("Seuranta", true, null));
        assertEquals(6, copy.steps().get(5).position());
        assertEquals(5, template.steps().size(), "the original is untouched");
    }

    @Test
    void aStepNeedsNamesInEveryLanguageAndAValidGate() {
        var t = ProcessTemplate.draft("Testi", "admin", NOW);
        assertEquals("nameSv", assertThrows(RuleViolation.class, () -> t.addStep(
                new StepDefinition("Nimi", " ", "Name", Responsible.PREPARER, false, null))).field());
        assertEquals("requiredBefore", assertThrows(RuleViolation.class, () -> t.addStep(
                new StepDefinition("Nimi", "Namn", "Name", Responsible.PREPARER, false, InitiativeStatus.ACCEPTED))).field());
        assertThrows(RuleViolation.class, () -> t.publish(NOW), "an empty template cannot be published");
    }
}
