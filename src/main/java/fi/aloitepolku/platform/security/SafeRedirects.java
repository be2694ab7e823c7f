package fi.aloitepolku.platform.security;

/** Where a login may send the user next: only paths inside this site, never another host. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    public static String localPathOr(String candidate, String fallback) {
        if (candidate == null || candidate.isBlank()) {
            return fallback;
        }
        boolean local = candidate.startsWith("/") && !candidate.startsWith("//") && !candidate.contains("\\")
                && candidate.chars().noneMatch(c -> c < 0x20);
        return local ? candidate : fallback;
    }
}
