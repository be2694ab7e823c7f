package fi.aloitepolku.reporting.application;

import java.time.LocalDate;
import java.util.List;

/** One initiative of the annual report: what it asked, where it stands, what was done and decided. */
public record ReportRow(long id, String title, LocalDate receivedOn, int signatories, String status,
                        String citation, LocalDate meetingDate, List<Measure> measures) {

    /** A public step of the case: a status reached (and its public note), with its date. */
    public record Measure(LocalDate on, String status, String note) {
    }
}
