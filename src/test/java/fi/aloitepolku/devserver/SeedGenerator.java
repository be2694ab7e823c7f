package fi.aloitepolku.devserver;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a national-scale synthetic data set: by default 100,000 initiatives in 300
 * municipalities with 1,000,000 case-log entries, the step records of every accepted case and their
 * evidence links, in Finnish and Swedish. Rows go in as multi-row INSERTs of a thousand, so the default
 * scale loads in minutes. Deterministic (a fixed random seed): two runs give the same data.
 *
 * <p>Usage: {@code deploy/seed.sh [initiatives] [municipalities] [events]}; against APP_DB_URL when set,
 * else an embedded MariaDB in .data/bench (APP_DATA_DIR).
 */
public final class SeedGenerator {

    static final int BATCH = 1000;
    /** Every this many cases gets a long log, so query budgets can be seen not to grow with it. */
    static final int LONG_LOG_EVERY = 1000;
    static final int LONG_LOG_LENGTH = 500;
    /** Demo password "aloitepolku" (PBKDF2, as in db/demo): every generated account can log in for benchmarks. */
    static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:210000:xP2570u2mOzCvAxEkI1BlR3q1BHrdU7OsZ6W2WaFQeg=:"
            + "ut4e0CU9y8UmMXDt4M7lhU6OF9nVaRR6TUb3ME04iOY=";

    static final String[] STATUSES = {"RECEIVED", "ACCEPTED", "IN_PREPARATION", "DECISION_PROPOSED", "DECIDED",
        "DECISION_COMMUNICATED", "CLOSED", "MERGED", "TRANSFERRED", "REJECTED", "WITHDRAWN"};
    /** Per mille of cases in each status above. */
    static final int[] STATUS_SHARE = {100, 100, 250, 100, 100, 100, 150, 30, 20, 30, 20};
    static final String[] CHANNELS = {"RESIDENT_WEB_FORM", "EMAIL", "PAPER", "KUNTALAISALOITE_FI", "COUNCIL", "SURVEY",
        "WORKING_GROUP"};
    static final String[] FI_SUBJECTS = {"katuvalaistus", "koirapuisto", "nuorisotila", "uimaranta", "kirjasto",
        "pyörätie", "leikkipuisto", "bussiyhteys", "kuntosali", "koulutie", "torikahvila", "luistinrata", "penkit",
        "roska-astiat", "esteettömyys", "taidenäyttely", "kesätapahtuma", "lähiliikuntapaikka", "metsäpolku",
        "melontareitti"};
    static final String[] FI_PLACES = {"keskustaan", "rannalle", "kirkonkylään", "asemalle", "torille", "puistoon",
        "koululle", "kirjastolle", "satamaan", "urheilukentälle"};
    static final String[] FI_WORDS = {"asukkaat", "toivovat", "että", "kaupunki", "selvittää", "mahdollisuuden",
        "parantaa", "turvallisuutta", "viihtyisyyttä", "lapsille", "nuorille", "ikääntyneille", "kesällä", "talvella",
        "ehdotamme", "rakentamista", "kunnostamista", "lisäämistä", "yhteistyössä", "yhdistysten", "kanssa",
        "kustannukset", "olisivat", "kohtuulliset", "alueella", "ei", "ole", "tällä", "hetkellä", "riittävästi",
        "palveluja", "liikenne", "on", "vilkasta", "aamuisin", "iltaisin", "kävelijöille", "pyöräilijöille"};
    static final String[] SV_WORDS = {"invånarna", "önskar", "att", "staden", "utreder", "möjligheten", "förbättra",
        "säkerheten", "trivseln", "för", "barn", "unga", "äldre", "på", "sommaren", "vintern", "vi", "föreslår",
        "byggande", "renovering", "i", "samarbete", "med", "föreningar", "kostnaderna", "vore", "rimliga", "området"};
    static final String[] FIRST = {"Aino", "Eino", "Helmi", "Väinö", "Sofia", "Leo", "Ella", "Oliver", "Aada", "Elias",
        "Linnea", "Onni", "Stina", "Johan"};
    static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
        "Heikkinen", "Koskinen", "Lindqvist", "Nyström"};

    private final Random random = new Random(20261128L);
    private final Connection db;

    SeedGenerator(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        int initiatives = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int municipalities = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long events = args.length > 2 ? Long.parseLong(args[2]) : 10L * initiatives;
        Path project = Path.of(System.getProperty("app.baseDir", ".")).toAbsolutePath().normalize();
        String url = System.getenv("APP_DB_URL");
        String user = System.getenv().getOrDefault("APP_DB_USER", "root");
        String password = System.getenv().getOrDefault("APP_DB_PASSWORD", "");
        EmbeddedMariaDb embedded = null;
        if (url == null || url.isBlank()) {
            Path home = project.resolve(System.getenv().getOrDefault("APP_DATA_DIR", ".data/bench"));
            System.out.println("Embedded MariaDB in " + home);
            embedded = EmbeddedMariaDb.start(home, 0);
            url = embedded.jdbcUrl();
        }
        try {
            long start = System.nanoTime();
            Flyway.configure().dataSource(url, user, password)
                    .locations("filesystem:" + project.resolve("db/migration")).load().migrate();
            try (Connection db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                    + "useBulkStmts=false", user, password)) {
                new SeedGenerator(db).seed(initiatives, municipalities, events);
            }
            System.out.printf("Seeded %,d initiatives, %,d municipalities, ~%,d log entries in %.1f s%n",
                    initiatives, municipalities, events, (System.nanoTime() - start) / 1e9);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    void seed(int initiatives, int municipalities, long events) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (count(s, "initiative") > 0) {
                throw new IllegalStateException("The database already holds initiatives: seed an empty one");
            }
            s.execute("set foreign_key_checks = 0");
            s.execute("set unique_checks = 0");
        }
        db.setAutoCommit(false);
        long municipalityBase = insertMunicipalities(municipalities);
        long[] staff = insertStaff();
        long template = single("select id from process_template where is_default = true order by id limit 1");
        List<Long> steps = list("select id from process_step where template_id = " + template + " order by position");
        long firstInitiative = single("select coalesce(max(id), 0) + 1 from initiative");
        long firstStep = single("select coalesce(max(id), 0) + 1 from case_step");
        long eventsPerCase = Math.max(1, events / initiatives);

        var cases = new Rows("insert into initiative (id, municipality_id, title, proposal, channel, signatory_count, "
                + "received_on, status, assigned_agent_id, process_template_id, preparer_id, created_at, updated_at, version) values ");
        var initiators = new Rows("insert into initiative_initiator (initiative_id, name, email, phone, name_public) values ");
        var log = new Rows("insert into case_event (initiative_id, occurred_at, actor, kind, details, public_note, "
                + "case_step_id, status_after, public_entry) values ");
        var caseSteps = new Rows("insert into case_step (id, initiative_id, step_id, state, done_on, done_by, note, "
                + "public_entry, updated_at, updated_by, version) values ");
        var links = new Rows("insert into case_step_link (case_step_id, position, kind, url, label) values ");
        long stepId = firstStep;
        LocalDate start = LocalDate.of(2015, 1, 1);
        int days = (int) (LocalDate.of(2026, 11, 20).toEpochDay() - start.toEpochDay());
        for (long n = 0; n < initiatives; n++) {
            long id = firstInitiative + n;
            String status = pickStatus();
            LocalDate received = start.plusDays(random.nextInt(days));
            String at = received + " 09:" + two(random.nextInt(60)) + ":00";
            long agent = staff[random.nextInt(staff.length / 2)];
            long preparer = staff[staff.length / 2 + random.nextInt(staff.length / 2)];
            boolean accepted = !status.equals("RECEIVED") && !status.equals("MERGED") && !status.equals("TRANSFERRED")
                    && !status.equals("REJECTED") && !(status.equals("WITHDRAWN") && random.nextBoolean());
            cases.add(id, municipalityBase + random.nextInt(municipalities), title(), proposal(),
                    CHANNELS[random.nextInt(CHANNELS.length)], 1 + random.nextInt(random.nextInt(20) == 0 ? 5000 : 40),
                    received.toString(), status, agent, accepted ? template : null,
                    accepted ? preparer : null, at, at, 0);
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            initiators.add(id, name, "aloitteentekija" + id + "@example.invalid", "040 " + (1000000 + id % 8999999),
                    random.nextBoolean());
            int doneSteps = accepted ? doneSteps(status) : 0;
            List<Long> caseStepIds = new ArrayList<>();
            if (accepted) {
                for (int p = 0; p < steps.size(); p++) {
                    boolean done = p < doneSteps;
                    String doneOn = done ? received.plusDays(3L * (p + 1)).toString() : null;
                    caseSteps.add(stepId, id, steps.get(p), done ? "DONE" : "OPEN", doneOn, done ? "Valmistelija" : null,
                            done ? "Sisäinen muistiinpano " + (p + 1) : null, done, done ? at : null,
                            done ? "p001" : null, 0);
                    if (done && (p == 1 || p == 4)) {
                        links.add(stepId, 0, p == 1 ? "PRESS_RELEASE" : "HEARING",
                                "https://www.kunta.example/aloitteet/" + id + "/" + (p + 1), p == 1 ? "Tiedote" : "Kuuleminen");
                    }
                    caseStepIds.add(stepId);
                    stepId++;
                }
            }
            long entries = id % LONG_LOG_EVERY == 0 ? LONG_LOG_LENGTH : Math.max(1, eventsPerCase - 1 + random.nextInt(3));
            log.add(id, at, "a001", "REGISTERED", "channel; receivedOn " + received, null, null, null, false);
            for (int e = 1; e < entries; e++) {
                String when = received.plusDays(e / 3 + 1) + " 1" + (e % 10) + ":00:00";
                if (e == 1 && !status.equals("RECEIVED")) {
                    log.add(id, when, "a001", "STATUS_CHANGED", "RECEIVED → " + status, null, null, status, true);
                } else if (!caseStepIds.isEmpty() && e <= doneSteps + 1) {
                    long cs = caseStepIds.get(Math.min(e - 2, caseStepIds.size() - 1));
                    log.add(id, when, "p001", "STEP_UPDATED", (e - 1) + ". DONE", null, cs, null, true);
                } else {
                    log.add(id, when, "a001", "EDITED", "signatoryCount: " + e + " → " + (e + 1), null, null, null, false);
                }
            }
            for (Rows rows : new Rows[] {cases, initiators, caseSteps, links, log}) {
                rows.flushIfFull();
            }
            if (n % 10_000 == 9_999) {
                System.out.printf("  %,d initiatives%n", n + 1);
            }
        }
        for (Rows rows : new Rows[] {cases, initiators, caseSteps, links, log}) {
            rows.flush();
        }
        db.commit();
        seedAgentsAndDeadlines(municipalityBase, municipalities);
        db.commit();
        indexTerms();
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("set foreign_key_checks = 1");
            s.execute("set unique_checks = 1");
            for (String table : new String[] {"municipality", "staff_user", "initiative", "initiative_initiator",
                "case_event", "case_step", "case_step_link", "case_deadline", "agent_municipality", "initiative_term",
                "search_term"}) {
                s.execute("analyze table " + table);
            }
        }
    }

    /** The search's term index, from the same database view the application keeps it by (migration V46). */
    private void indexTerms() throws SQLException {
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            // IGNORE rather than DISTINCT: a word twice in a case is the same row, and skipping it on the key is
            // half the time of sorting 3 million rows first
            s.executeUpdate("insert ignore into initiative_term (term, received_on, initiative_id) "
                    + "select term, received_on, initiative_id from initiative_word");
            s.executeUpdate("insert into search_term (term) select distinct term from initiative_term");
        }
        System.out.printf("  search terms indexed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Electorates and own targets for every municipality, each agent covering ten of them, and the deadlines these
     * give the cases: the same rules as CaseClocks, in bulk SQL.
     */
    private void seedAgentsAndDeadlines(long municipalityBase, int municipalities) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update municipality set electorate_size = 2000 + (id * 7919) % 150000, "
                    + "acknowledge_days = 14, first_answer_days = 90, decision_days = 180 where id >= " + municipalityBase);
            s.executeUpdate("insert into agent_municipality (staff_user_id, municipality_id) "
                    + "select u.id, m.id from staff_user u join municipality m on m.id >= " + municipalityBase
                    // Agents and preparers alike work for about a tenth of the municipalities (the access scope)
                    + " where u.username regexp '^[ap][0-9]{3}$' and (m.id + u.id) % " + Math.max(1, municipalities / 10)
                    + " = 0");
            String ended = "('MERGED', 'TRANSFERRED', 'REJECTED', 'WITHDRAWN')";
            String decided = "('DECIDED', 'DECISION_COMMUNICATED', 'CLOSED')";
            s.executeUpdate("insert into case_deadline (initiative_id, kind, due_on, met_on) "
                    + "select i.id, 'STATUTORY_COUNCIL', date_add(i.received_on, interval 6 month), "
                    + "case when i.status in " + decided + " then date_add(i.received_on, interval 150 day) end "
                    + "from initiative i join municipality m on m.id = i.municipality_id "
                    + "where i.signatory_count * 50 >= m.electorate_size and i.status not in " + ended);
            s.executeUpdate("insert into case_deadline (initiative_id, kind, due_on, met_on) "
                    + "select i.id, 'ACKNOWLEDGE', date_add(i.received_on, interval 14 day), "
                    + "case when i.status <> 'RECEIVED' then date_add(i.received_on, interval 5 day) end "
                    + "from initiative i where i.status not in " + ended);
            s.executeUpdate("insert into case_deadline (initiative_id, kind, due_on, met_on) "
                    + "select i.id, 'DECISION', date_add(i.received_on, interval 180 day), "
                    + "case when i.status in " + decided + " then date_add(i.received_on, interval 150 day) end "
                    + "from initiative i where i.status not in " + ended);
            s.executeUpdate("update initiative i set i.next_due_on = (select min(d.due_on) from case_deadline d "
                    + "where d.initiative_id = i.id and d.met_on is null) where i.status not in " + ended
                    + " and i.status <> 'CLOSED'");
        }
    }

    private int doneSteps(String status) {
        return switch (status) {
            case "ACCEPTED" -> 0;
            case "IN_PREPARATION" -> 1 + random.nextInt(6);
            case "DECISION_PROPOSED" -> 9;
            case "DECIDED" -> 11;
            case "DECISION_COMMUNICATED" -> 12;
            case "CLOSED" -> 14;
            default -> random.nextInt(5);
        };
    }

    private long insertMunicipalities(int count) throws SQLException {
        var rows = new Rows("insert into municipality (code, name_fi, name_sv) values ");
        long first = single("select coalesce(max(id), 0) + 1 from municipality");
        for (int i = 0; i < count; i++) {
            String code = String.format("%03d", (first + i) % 1000);
            rows.add(code, "Kunta " + code, "Kommun " + code);
        }
        rows.flush();
        return first;
    }

    private long[] insertStaff() throws SQLException {
        var users = new Rows("insert into staff_user (username, display_name, email, password_hash, active, created_at) values ");
        String[] names = new String[60];
        for (int i = 0; i < names.length; i++) {
            names[i] = (i < 30 ? "a" : "p") + String.format("%03d", i < 30 ? i + 1 : i - 29);
            users.add(names[i], FIRST[i % FIRST.length] + " " + LAST[i % LAST.length], names[i] + "@kunta.example",
                    PASSWORD_HASH, true, "2026-01-01 08:00:00");
        }
        users.flush();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into staff_user_role (staff_user_id, role) select id, case when username like 'a%' "
                    + "then 'AGENT' else 'PREPARER' end from staff_user where username regexp '^[ap][0-9]{3}$' order by id");
        }
        List<Long> ids = list("select id from staff_user where username regexp '^[ap][0-9]{3}$' order by username");
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private String pickStatus() {
        int r = random.nextInt(1000);
        for (int i = 0; i < STATUSES.length; i++) {
            r -= STATUS_SHARE[i];
            if (r < 0) {
                return STATUSES[i];
            }
        }
        return "RECEIVED";
    }

    private String title() {
        return capitalise(FI_SUBJECTS[random.nextInt(FI_SUBJECTS.length)]) + " " + FI_PLACES[random.nextInt(FI_PLACES.length)]
                + (random.nextInt(3) == 0 ? " – " + FI_SUBJECTS[random.nextInt(FI_SUBJECTS.length)] : "");
    }

    private String proposal() {
        var text = new StringJoiner(" ");
        String[] words = random.nextInt(10) == 0 ? SV_WORDS : FI_WORDS;
        int length = 40 + random.nextInt(80);
        for (int i = 0; i < length; i++) {
            text.add(words[random.nextInt(words.length)]);
        }
        return capitalise(text + ".");
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private long count(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Long> list(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = db.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** Rows of one table, sent as one multi-row INSERT per thousand. Values are generated here, never user input. */
    private final class Rows {
        private final String head;
        private final StringBuilder values = new StringBuilder();
        private int size;

        Rows(String head) {
            this.head = head;
        }

        void add(Object... columns) {
            values.append(size == 0 ? "(" : ",(");
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    values.append(',');
                }
                Object c = columns[i];
                if (c == null) {
                    values.append("null");
                } else if (c instanceof Number || c instanceof Boolean) {
                    values.append(c);
                } else {
                    values.append('\'').append(c.toString().replace("\\", "\\\\").replace("'", "''")).append('\'');
                }
            }
            values.append(')');
            size++;
        }

        void flushIfFull() throws SQLException {
            if (size >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (size == 0) {
                return;
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate(head + values);
            }
            values.setLength(0);
            size = 0;
        }
    }
}
