package fi.aloitepolku.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/staff/initiative?id=3", "/staff/initiatives"})
    void localPathsAreKept(String path) {
        assertEquals(path, SafeRedirects.localPathOr(path, "/home"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "staff/initiatives", "/staff\r\nSet-Cookie: x=y"})
    void anythingElseGoesHome(String path) {
        assertEquals("/home", SafeRedirects.localPathOr(path, "/home"));
    }
}
