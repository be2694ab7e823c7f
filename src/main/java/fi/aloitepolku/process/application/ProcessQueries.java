package fi.aloitepolku.process.application;

import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.process.domain.LinkKind;
import fi.aloitepolku.process.domain.Responsible;
import fi.aloitepolku.process.domain.StepState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read side of a case's steps: two statements per case whatever the number of steps or links (the
 * steps, then every link of the case's steps).
 */
@ApplicationScoped
public class ProcessQueries {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    public Checklist checklist(long initiativeId) {
        access.requireVisible(initiativeId);
        List<Object[]> rows = em.createQuery("select cs.id, s.position, s.nameFi, s.nameSv, s.nameEn, s.responsible, "
                        + "s.optional, s.requiredBefore, cs.state, cs.doneOn, cs.dueOn, cs.doneBy, cs.note, cs.publicEntry, "
                        + "cs.version from CaseStep cs join cs.step s where cs.initiativeId = :id order by s.position",
                        Object[].class)
                .setParameter("id", initiativeId)
                .getResultList();
        Map<Long, List<LinkView>> links = links(initiativeId, false);
        List<CaseStepView> steps = rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new CaseStepView(id, ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                    (Responsible) r[5], (Boolean) r[6], (InitiativeStatus) r[7], (StepState) r[8], (LocalDate) r[9],
                    (LocalDate) r[10], (String) r[11], (String) r[12], (Boolean) r[13], ((Number) r[14]).longValue(),
                    links.getOrDefault(id, List.of()));
        }).toList();
        return new Checklist(steps, time.today());
    }

    /** The steps residents see: done, and marked public by the preparer. */
    public List<PublicStep> publicSteps(long initiativeId) {
        List<Object[]> rows = em.createQuery("select cs.id, s.position, s.nameFi, s.nameSv, s.nameEn, cs.doneOn "
                        + "from CaseStep cs join cs.step s where cs.initiativeId = :id and cs.publicEntry = true "
                        + "and cs.state = :done order by s.position", Object[].class)
                .setParameter("id", initiativeId)
                .setParameter("done", StepState.DONE)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LinkView>> links = links(initiativeId, true);
        List<PublicStep> steps = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            steps.add(new PublicStep(id, ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                    (LocalDate) r[5], links.getOrDefault(id, List.of())));
        }
        return steps;
    }

    private Map<Long, List<LinkView>> links(long initiativeId, boolean publicOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.case_step_id, l.kind, l.url, l.label from case_step_link l "
                        + "join case_step cs on cs.id = l.case_step_id where cs.initiative_id = ?1"
                        + (publicOnly ? " and cs.public_entry = true and cs.state = 'DONE'" : "")
                        + " order by l.case_step_id, l.position")
                .setParameter(1, initiativeId)
                .getResultList();
        Map<Long, List<LinkView>> byStep = new HashMap<>();
        for (Object[] r : rows) {
            byStep.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new LinkView(LinkKind.valueOf((String) r[1]), (String) r[2], (String) r[3]));
        }
        return byStep;
    }
}
