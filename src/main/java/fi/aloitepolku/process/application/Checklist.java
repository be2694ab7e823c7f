package fi.aloitepolku.process.application;

import fi.aloitepolku.process.domain.StepState;
import java.time.LocalDate;
import java.util.List;

/** A case's steps with its progress: how many are done, skipped as not applicable, and overdue. */
public record Checklist(List<CaseStepView> steps, LocalDate today) {

    public long done() {
        return steps.stream().filter(s -> s.state() == StepState.DONE).count();
    }

    public long notApplicable() {
        return steps.stream().filter(s -> s.state() == StepState.NOT_APPLICABLE).count();
    }

    public int total() {
        return steps.size();
    }

    public List<CaseStepView> overdue() {
        return steps.stream().filter(s -> s.overdue(today)).toList();
    }

    /** Percentage of steps settled (done or not applicable), for a progress bar. */
    public int percentSettled() {
        return total() == 0 ? 0 : (int) Math.round(100.0 * (done() + notApplicable()) / total());
    }
}
