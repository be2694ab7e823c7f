package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeRegistered;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.staff.application.AccessScope;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.StaffDirectory;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Registers an initiative that reached the municipality (by e-mail, on paper, from a council…). */
@ApplicationScoped
public class InitiativeRegistration {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    AccessScope scope;

    @Inject
    Event<InitiativeRegistered> registered;

    /** The case and its first log entry are written together, or neither is. */
    @Transactional
    public long register(@NotNull @Valid InitiativeDetails details) {
        var municipality = municipalities.find(details.getMunicipalityId())
                .orElseThrow(() -> new RuleViolation("municipalityId", "initiative.municipality.unknown"));
        scope.requireCovers(municipality.id(), "municipalityId");
        municipalities.requireDistrictOf(municipality.id(), details.getDistrictId());
        String actor = currentStaff.username();
        var now = time.now();
        var marking = details.publicityMarking();
        // The agent is chosen by the municipality's policy, which observes the registration
        var received = Initiative.receive(municipality, details.facts(), details.initiator(), null, time.today(), now);
        received.startAs(marking);
        var initiative = initiatives.add(received);
        caseLog.append(new CaseEvent(initiative.id(), now, actor, CaseEventKind.REGISTERED,
                "channel: " + initiative.channel() + "; receivedOn: " + initiative.receivedOn() + "; "
                        + marking.describe(), false));
        Long registeredBy = staff.byUsername(actor).map(StaffUser::id).orElse(null);
        registered.fire(new InitiativeRegistered(initiative.id(), actor, registeredBy, now));
        return initiative.id();
    }
}
