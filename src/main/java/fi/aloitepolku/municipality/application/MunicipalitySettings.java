package fi.aloitepolku.municipality.application;

import fi.aloitepolku.municipality.domain.District;
import fi.aloitepolku.municipality.domain.Municipality;
import fi.aloitepolku.municipality.domain.MunicipalitySettingsChanged;
import fi.aloitepolku.municipality.domain.ServiceTargets;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/** An administrator sets how a municipality's cases are assigned and timed, and names its districts. */
@ApplicationScoped
public class MunicipalitySettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    @Inject
    Event<MunicipalitySettingsChanged> changed;

    public MunicipalityProfile profile(long id) {
        var m = find(id);
        var t = m.targets();
        return new MunicipalityProfile(m.id(), m.code(), m.nameFi(), m.nameSv(), m.assignmentPolicy(),
                m.electorateSize(), t.acknowledgeDays(), t.firstAnswerDays(), t.decisionDays(), m.version());
    }

    /** @return the municipality's version after the change */
    @Transactional
    public long configure(long id, @NotNull @Valid MunicipalitySettingsInput input) {
        requireAdmin();
        var municipality = find(id);
        var before = new Object[] {municipality.electorateSize(), municipality.targets()};
        var targets = new ServiceTargets(input.getAcknowledgeDays(), input.getFirstAnswerDays(), input.getDecisionDays());
        municipality.configure(input.getAssignmentPolicy(), input.getElectorateSize(), targets, input.getVersion());
        em.flush();
        if (!Objects.equals(before[0], municipality.electorateSize()) || !Objects.equals(before[1], targets)) {
            changed.fire(new MunicipalitySettingsChanged(id));
        }
        return municipality.version();
    }

    @Transactional
    public long addDistrict(long municipalityId, String nameFi, String nameSv) {
        requireAdmin();
        find(municipalityId);
        if (nameFi == null || nameFi.isBlank()) {
            throw new RuleViolation("nameFi", "district.name.required");
        }
        if (nameFi.trim().length() > 100 || (nameSv != null && nameSv.trim().length() > 100)) {
            throw new RuleViolation("nameFi", "district.name.size", 100);
        }
        boolean taken = !em.createQuery("select d.id from District d where d.municipalityId = :m and d.nameFi = :n",
                        Long.class).setParameter("m", municipalityId).setParameter("n", nameFi.trim())
                .getResultList().isEmpty();
        if (taken) {
            throw new RuleViolation("nameFi", "district.name.taken", nameFi.trim());
        }
        var district = new District(municipalityId, nameFi, nameSv);
        em.persist(district);
        em.flush();
        return district.id();
    }

    /** Settings of a municipality outside the account's scope are as unknown as a municipality that does not exist. */
    private Municipality find(long id) {
        return java.util.Optional.ofNullable(em.find(Municipality.class, id)).filter(m -> scope.covers(m.id()))
                .orElseThrow(() -> new NotFound("municipality", id));
    }

    private void requireAdmin() {
        if (!currentStaff.isAdmin()) {
            throw new NotPermitted("municipality.settings.notPermitted");
        }
    }
}
