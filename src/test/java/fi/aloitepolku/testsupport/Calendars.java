package fi.aloitepolku.testsupport;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/** Reads an iCalendar feed with a real iCalendar library (ical4j), as a calendar program would. */
public final class Calendars {

    private Calendars() {
    }

    public static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("ical4j could not parse the feed:\n" + text, e);
        }
    }

    /** Each VEVENT's properties by name: name with parameters (e.g. "DTSTART;VALUE=DATE") is kept as the name. */
    public static List<Map<String, String>> events(Calendar calendar) {
        return calendar.getComponents().stream()
                .filter(c -> Component.VEVENT.equals(((Component) c).getName()))
                .map(c -> {
                    Map<String, String> props = new LinkedHashMap<>();
                    for (Property p : ((Component) c).<Property>getProperties()) {
                        props.put(p.getName(), p.getValue());
                    }
                    return props;
                }).toList();
    }
}
