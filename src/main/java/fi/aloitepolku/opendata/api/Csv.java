package fi.aloitepolku.opendata.api;

/** CSV cells (RFC 4180), and no spreadsheet formulas: a cell starting with = + - @ is kept as text. */
final class Csv {

    private Csv() {
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
