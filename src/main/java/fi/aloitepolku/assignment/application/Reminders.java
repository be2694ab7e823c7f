package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.ClockKind;
import fi.aloitepolku.assignment.domain.DeadlineReminder;
import fi.aloitepolku.assignment.domain.ReminderStage;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds deadlines coming near and passed, once a day. Two guarantees against duplicates, both held by the
 * database: a period is run by whoever inserts its {@code reminder_run} row first (other servers and later
 * attempts skip it), and each deadline's stage is announced once ever ({@code reminder_sent}), so that a run
 * after a restart or for another day repeats nothing.
 */
@ApplicationScoped
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    @Inject
    Event<DeadlineReminder> reminders;

    /** How many days ahead a deadline counts as approaching. */
    @Inject
    @ConfigProperty(name = "app.reminders.lead-days", defaultValue = "14")
    int leadDays;

    @Transactional
    public RunReport run(LocalDate period) {
        var now = time.now();
        int claimed = em.createNativeQuery("insert ignore into reminder_run (run_on, started_at, server) values (?1, ?2, ?3)")
                .setParameter(1, period).setParameter(2, now).setParameter(3, serverName())
                .executeUpdate();
        if (claimed == 0) {
            return new RunReport(period, false, 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select d.initiative_id, d.kind, d.due_on, i.title, i.assigned_agent_id
                from case_deadline d join initiative i on i.id = d.initiative_id
                where d.met_on is null and d.due_on <= ?1
                order by d.due_on, d.initiative_id
                """).setParameter(1, period.plusDays(leadDays)).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            long initiativeId = ((Number) row[0]).longValue();
            var kind = ClockKind.valueOf((String) row[1]);
            var dueOn = SqlValues.date(row[2]);
            var stage = dueOn.isBefore(period) ? ReminderStage.PASSED : ReminderStage.APPROACHING;
            int first = em.createNativeQuery("insert ignore into reminder_sent (initiative_id, kind, due_on, stage, sent_at) "
                            + "values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, initiativeId).setParameter(2, kind.name()).setParameter(3, dueOn)
                    .setParameter(4, stage.name()).setParameter(5, now).executeUpdate();
            if (first == 1) {
                Long agentId = row[4] == null ? null : ((Number) row[4]).longValue();
                reminders.fire(new DeadlineReminder(initiativeId, (String) row[3], agentId, kind, dueOn, stage));
                sent++;
            }
        }
        em.createNativeQuery("update reminder_run set finished_at = ?1, reminders = ?2 where run_on = ?3")
                .setParameter(1, time.now()).setParameter(2, sent).setParameter(3, period).executeUpdate();
        return new RunReport(period, true, sent);
    }

    private static String serverName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
