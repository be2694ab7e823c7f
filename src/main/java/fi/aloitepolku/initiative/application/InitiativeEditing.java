package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseFactsChanged;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.staff.application.AccessScope;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.StaffDirectory;
import fi.aloitepolku.staff.domain.StaffRole;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Corrects what a case says, refusing edits that started from an outdated version. */
@ApplicationScoped
public class InitiativeEditing {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    StaffDirectory staff;

    @Inject
    HelsinkiTime time;

    @Inject
    CaseAccess access;

    @Inject
    AccessScope scope;

    @Inject
    Event<CaseFactsChanged> factsChanged;

    /** @return the case's version after the edit, which the editor's next edit must start from */
    @Transactional
    public long revise(long id, long expectedVersion, @NotNull @Valid InitiativeDetails details) {
        requireCaseOwner();
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        var municipality = municipalities.find(details.getMunicipalityId())
                .orElseThrow(() -> new RuleViolation("municipalityId", "initiative.municipality.unknown"));
        // A case may move only to another of the account's municipalities
        scope.requireCovers(municipality.id(), "municipalityId");
        if (!access.maySeeInitiatorContact(id)) {
            // The form showed this editor no contact details: what it sends back for them changes nothing
            details.setInitiatorEmail(initiative.initiator().email());
            details.setInitiatorPhone(initiative.initiator().phone());
        }
        municipalities.requireDistrictOf(municipality.id(), details.getDistrictId());
        var now = time.now();
        var changes = initiative.revise(municipality, details.facts(), details.initiator(), expectedVersion,
                time.today(), now);
        if (changes.isEmpty()) {
            return initiative.version();
        }
        // Flush now so that a concurrent save surfaces here as a conflict, before the log entry is written.
        initiatives.flush();
        caseLog.append(new CaseEvent(id, now, currentStaff.username(), CaseEventKind.EDITED,
                String.join("; ", changes), false));
        factsChanged.fire(new CaseFactsChanged(id, now));
        return initiative.version();
    }

    /** The case as its edit form starts: current values and the version the edit starts from. */
    public EditableInitiative forEditing(long id) {
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        var details = new InitiativeDetails();
        details.setMunicipalityId(initiative.municipality().id());
        details.setTitle(initiative.title());
        details.setProposal(initiative.proposal());
        details.setChannel(initiative.channel());
        details.setSignatoryCount(initiative.signatoryCount());
        details.setReceivedOn(initiative.receivedOn());
        details.setInitiatorName(initiative.initiator().name());
        // Contact details only for the case's agent and preparer and the municipality's administrators
        boolean contact = access.maySeeInitiatorContact(id);
        details.setInitiatorEmail(contact ? initiative.initiator().email() : null);
        details.setInitiatorPhone(contact ? initiative.initiator().phone() : null);
        details.setInitiatorNamePublic(initiative.initiator().namePublic());
        details.setTheme(initiative.theme());
        details.setDistrictId(initiative.districtId());
        details.setCouncilCompetence(initiative.councilCompetence());
        var agent = initiative.assignedAgent();
        var preparer = initiative.preparer();
        return new EditableInitiative(id, details, initiative.version(), initiative.status(),
                agent == null ? null : agent.id(), agent == null ? null : agent.displayName(), preparer == null ? null : preparer.id(),
                preparer == null ? null : preparer.displayName(), initiative.mergedInto(), initiative.createdAt(),
                initiative.updatedAt());
    }

    /** Names the preparer of a case (or none), logged like every change. */
    @Transactional
    public long assignPreparer(long id, Long preparerId, long expectedVersion) {
        requireCaseOwner();
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        StaffUser preparer = null;
        if (preparerId != null) {
            long municipalityId = initiative.municipality().id();
            preparer = staff.find(preparerId).filter(u -> u.isActive() && u.hasRole(StaffRole.PREPARER))
                    .filter(u -> u.covers(municipalityId))
                    .orElseThrow(() -> new RuleViolation("preparerId", "initiative.preparer.invalid"));
        }
        var now = time.now();
        initiative.assignPreparer(preparer, expectedVersion, now);
        initiatives.flush();
        caseLog.append(new CaseEvent(id, now, currentStaff.username(), CaseEventKind.PREPARER_ASSIGNED,
                preparer == null ? "-" : preparer.username(), false));
        return initiative.version();
    }

    /** Correcting a case and naming its preparer belong to agents and administrators, whatever the adapter. */
    private void requireCaseOwner() {
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("initiative.edit.notPermitted");
        }
    }
}
