package fi.aloitepolku.reporting.application;

import java.time.LocalDate;
import java.util.List;

/** One initiative of the annual report: what it asked, where it stands, what was done and decided. */
public record ReportRow(long id, String title, LocalDate receivedOn, int signatories, String status,
                        String citation, LocalDate meetingDate, List<Measure> measures, boolean nonPublic) {

    /**
     * A case residents may not see is listed as a non-public initiative: its receipt date, status and the dates
     * of its statuses, with the public title staff gave it (if any) and nothing else.
     */
    public static ReportRow nonPublic(long id, String publicTitle, LocalDate receivedOn, String status,
                                      List<Measure> measures) {
        return new ReportRow(id, publicTitle, receivedOn, 0, status, null, null,
                measures.stream().map(m -> new Measure(m.on(), m.status(), null)).toList(), true);
    }

    /** A public step of the case: a status reached (and its public note), with its date. */
    public record Measure(LocalDate on, String status, String note) {
    }
}
