package fi.aloitepolku.platform.api;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names each refused field, so a client can show the
 * message beside it.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
