package fi.aloitepolku.staff.application;

import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.domain.Absence;
import fi.aloitepolku.staff.domain.StaffRole;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administrators set what each agent covers and record absences with substitutes; an agent may record their
 * own absence. What an agent covers decides which new cases the assignment policy may give them.
 */
@ApplicationScoped
public class AgentProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    StaffDirectory staff;

    @Inject
    HelsinkiTime time;

    @Inject
    AccessScope scope;

    /** The agents who work for at least one of the account's municipalities. */
    public List<StaffOption> agents() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.id, u.username, u.display_name from staff_user u "
                + "where u.active = true and exists (select 1 from staff_user_role r where r.staff_user_id = u.id "
                + "and r.role = 'AGENT')" + scope.andStaffSharing("u.id") + " order by u.display_name, u.id")
                .getResultList();
        return rows.stream().map(r -> new StaffOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    public AgentProfile profile(long agentId) {
        var agent = agent(agentId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.starts_on, a.ends_on, a.substitute_id, s.display_name, "
                        + "a.note from agent_absence a left join staff_user s on s.id = a.substitute_id "
                        + "where a.staff_user_id = ?1 and a.ends_on >= ?2 order by a.starts_on")
                .setParameter(1, agentId).setParameter(2, time.today().minusDays(90)).getResultList();
        var absences = rows.stream().map(r -> new AgentProfile.AbsenceEntry(((Number) r[0]).longValue(),
                fi.aloitepolku.platform.persistence.SqlValues.date(r[1]),
                fi.aloitepolku.platform.persistence.SqlValues.date(r[2]),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5])).toList();
        return new AgentProfile(agent.id(), agent.username(), agent.displayName(), agent.municipalityIds(),
                agent.themes(), agent.districtIds(), absences, agent.version());
    }

    /** @return the account's version after the change */
    @Transactional
    public long cover(long agentId, AgentCoverage coverage) {
        requireAdmin();
        if (coverage == null || coverage.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        var agent = agent(agentId);
        Set<Long> asked = coverage.municipalityIds() == null ? Set.of() : coverage.municipalityIds();
        for (Long municipalityId : asked) {
            scope.requireCovers(municipalityId, "municipalityIds");
        }
        // What the account has outside this administrator's municipalities is not theirs to change
        Set<Long> municipalityIds = new java.util.HashSet<>(asked);
        agent.municipalityIds().stream().filter(m -> !scope.covers(m)).forEach(municipalityIds::add);
        Set<Long> districtIds = coverage.districtIds() == null ? Set.of() : coverage.districtIds();
        for (Long municipalityId : municipalityIds) {
            municipalities.find(municipalityId)
                    .orElseThrow(() -> new RuleViolation("municipalityIds", "initiative.municipality.unknown"));
        }
        for (Long districtId : districtIds) {
            var district = municipalities.district(districtId)
                    .orElseThrow(() -> new RuleViolation("districtIds", "initiative.district.unknown"));
            if (!municipalityIds.contains(district.municipalityId())) {
                throw new RuleViolation("districtIds", "agent.district.outsideMunicipalities", district.nameFi());
            }
        }
        agent.cover(municipalityIds, coverage.themes() == null ? Set.of() : coverage.themes(), districtIds,
                coverage.version());
        // Collections alone may not raise the version: raise it, so that two admins editing at once are told
        em.lock(agent, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return agent.version();
    }

    @Transactional
    public long recordAbsence(long agentId, AbsenceInput input) {
        requireAdminOrSelf(agentId);
        if (input == null) {
            throw new RuleViolation("startsOn", "absence.startsOn.required");
        }
        agent(agentId);
        if (input.substituteId() != null) {
            staff.find(input.substituteId()).filter(u -> u.isActive() && u.hasRole(StaffRole.AGENT))
                    .orElseThrow(() -> new RuleViolation("substituteId", "absence.substitute.invalid"));
        }
        if (input.note() != null && input.note().trim().length() > 200) {
            throw new RuleViolation("note", "absence.note.size", 200);
        }
        var absence = new Absence(agentId, input.startsOn(), input.endsOn(), input.substituteId(), input.note(),
                time.now(), currentStaff.username());
        em.persist(absence);
        em.flush();
        return absence.id();
    }

    @Transactional
    public void cancelAbsence(long agentId, long absenceId) {
        requireAdminOrSelf(agentId);
        var absence = em.find(Absence.class, absenceId);
        if (absence == null || absence.staffUserId() != agentId) {
            throw new NotFound("absence", absenceId);
        }
        em.remove(absence);
    }

    /** Display names of the given accounts, for pages that show who stands in for whom. */
    public Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.forEach(id -> staff.find(id).ifPresent(u -> names.put(id, u.displayName())));
        return names;
    }

    /**
     * Preparers and administrators of the account's municipalities (and, for the deployment's administrators,
     * those not yet given any): their municipalities are set on the same page as an agent's.
     */
    public List<StaffOption> otherStaff() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.id, u.username, u.display_name from staff_user u "
                + "where u.active = true and not exists (select 1 from staff_user_role r where r.staff_user_id = u.id "
                + "and r.role = 'AGENT')" + scope.andStaffSharing("u.id") + " order by u.display_name, u.id")
                .getResultList();
        return rows.stream().map(r -> new StaffOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    /** An account of the account's municipalities (or the signed-in one itself); any other is unknown. */
    private StaffUser agent(long agentId) {
        return staff.find(agentId).filter(u -> u.hasRole(StaffRole.AGENT) || currentStaff.isAdmin())
                .filter(u -> scope.seesStaff(u.id()))
                .orElseThrow(() -> new NotFound("agent", agentId));
    }

    private void requireAdmin() {
        if (!currentStaff.isAdmin()) {
            throw new NotPermitted("agent.edit.notPermitted");
        }
    }

    private void requireAdminOrSelf(long agentId) {
        if (currentStaff.isAdmin()) {
            return;
        }
        var self = staff.byUsername(currentStaff.username()).map(StaffUser::id).orElse(null);
        if (self == null || self != agentId) {
            throw new NotPermitted("agent.edit.notPermitted");
        }
    }
}
