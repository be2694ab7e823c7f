package fi.aloitepolku.staff.application;

import fi.aloitepolku.staff.domain.StaffRole;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds staff accounts. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffUser> byUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public Optional<StaffUser> find(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    public List<StaffOption> activePreparers() {
        return activeWithRole(StaffRole.PREPARER);
    }

    public List<StaffOption> activeAgents() {
        return activeWithRole(StaffRole.AGENT);
    }

    /** The preparers who work for a municipality: those a case there may be given to. */
    public List<StaffOption> activePreparersOf(long municipalityId) {
        return activeWithRoleOf(StaffRole.PREPARER, municipalityId);
    }

    /** The agents who take a municipality's cases. */
    public List<StaffOption> activeAgentsOf(long municipalityId) {
        return activeWithRoleOf(StaffRole.AGENT, municipalityId);
    }

    private List<StaffOption> activeWithRoleOf(StaffRole role, long municipalityId) {
        return em.createQuery("select distinct new fi.aloitepolku.staff.application.StaffOption(u.id, u.username, "
                        + "u.displayName) from StaffUser u join u.roles r join u.municipalityIds m where r = :role "
                        + "and u.active = true and m = :municipality order by u.displayName", StaffOption.class)
                .setParameter("role", role)
                .setParameter("municipality", municipalityId)
                .getResultList();
    }

    /** Ids of the active administrators: who hears of deadlines passed and cases nobody owns. */
    public List<Long> activeAdministratorIds() {
        return activeWithRole(StaffRole.ADMIN).stream().map(StaffOption::id).toList();
    }

    private List<StaffOption> activeWithRole(StaffRole role) {
        return em.createQuery("select distinct new fi.aloitepolku.staff.application.StaffOption(u.id, u.username, u.displayName) "
                        + "from StaffUser u join u.roles r where r = :role and u.active = true order by u.displayName",
                        StaffOption.class)
                .setParameter("role", role)
                .getResultList();
    }
}
