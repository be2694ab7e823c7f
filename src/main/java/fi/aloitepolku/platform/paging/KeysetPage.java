package fi.aloitepolku.platform.paging;

import java.util.List;

/** One page of a keyset-paginated list; {@code next} is null on the last page. */
public record KeysetPage<T>(List<T> items, String next) {
}
