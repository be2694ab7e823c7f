package fi.aloitepolku.decision.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's diary number (diaarinumero), e.g. {@code 1762/00.01.01/2024}: the running number, the task class of
 * the municipal filing scheme (two-digit groups separated by dots), and the year.
 */
public final class DiaryNumber {

    static final Pattern FORMAT = Pattern.compile("(\\d{1,6})/(\\d{2}(?:\\.\\d{2}){0,4})/(\\d{4})");
    static final int FIRST_YEAR = 1950;

    private DiaryNumber() {
    }

    /** The diary number, trimmed; refused when it is not in the running/class/year form or its year is odd. */
    public static String check(String candidate, int currentYear) {
        if (candidate == null || candidate.isBlank()) {
            throw new RuleViolation("diaryNumber", "decision.diaryNumber.required");
        }
        String trimmed = candidate.trim();
        Matcher m = FORMAT.matcher(trimmed);
        if (!m.matches()) {
            throw new RuleViolation("diaryNumber", "decision.diaryNumber.format", trimmed);
        }
        int year = Integer.parseInt(m.group(3));
        if (year < FIRST_YEAR || year > currentYear + 1) {
            throw new RuleViolation("diaryNumber", "decision.diaryNumber.year", year);
        }
        if (Long.parseLong(m.group(1)) == 0) {
            throw new RuleViolation("diaryNumber", "decision.diaryNumber.format", trimmed);
        }
        return trimmed;
    }

    /** Whether what someone typed into a search box looks like a diary number. */
    public static boolean looksLike(String typed) {
        return typed != null && FORMAT.matcher(typed.trim()).matches();
    }
}
