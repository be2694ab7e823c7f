package fi.aloitepolku.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachedMethodResolverTest {

    public record Row(long id, String title) {
        public String label(Locale locale) {
            return title + " (" + locale.getLanguage() + ")";
        }

        public String twice(String a) {
            return a + a;
        }

        public String twice(Integer n) {
            return "n" + (n * 2);
        }

        public String fail() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    private final CachedMethodResolver resolver = new CachedMethodResolver();
    private ELProcessor el;
    private ELContext context;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(resolver);
        context = el.getELManager().getELContext();
        el.defineBean("row", new Row(7, "Uimaranta"));
        el.defineBean("fi", Locale.of("fi"));
    }

    @Test
    void callsTheOneMethodOfThatNameAndArityAndMarksItResolved() {
        var row = new Row(7, "Uimaranta");
        context.setPropertyResolved(false);
        assertEquals("Uimaranta", resolver.invoke(context, row, "title", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals(Long.valueOf(7), (Object) el.eval("row.id()"));
        assertEquals("Uimaranta (fi)", el.eval("row.label(fi)"));
    }

    @Test
    void theLookupIsKeptPerClass() {
        var first = CachedMethodResolver.lookup(Row.class, "label", 1).orElseThrow();
        assertSame(first, CachedMethodResolver.lookup(Row.class, "label", 1).orElseThrow(),
                "the same Method object, not a fresh copy per call");
    }

    @Test
    void argumentsAreCoercedAsElCoercesThem() {
        el.defineBean("day", LocalDate.of(2026, 8, 31));
        context.setPropertyResolved(false);
        // plusMonths(long) given the string "6": EL coerces it; 31 August + 6 months = 28 February
        assertEquals(LocalDate.of(2027, 2, 28), resolver.invoke(context, LocalDate.of(2026, 8, 31), "plusMonths",
                null, new Object[] {"6"}));
        assertTrue(context.isPropertyResolved());
        assertEquals("status.DECIDED", el.eval("'status.'.concat('DECIDED')"));
    }

    @Test
    void overloadsAreLeftToTheStandardResolverWhichStillAnswers() {
        context.setPropertyResolved(false);
        assertEquals(null, resolver.invoke(context, new Row(1, "x"), "twice", null, new Object[] {"ab"}));
        assertFalse(context.isPropertyResolved(), "two methods named twice/1: not ours to choose");
        assertEquals("abab", el.eval("row.twice('ab')"));
    }

    @Test
    void methodsOfNonPublicClassesAreLeftToTheStandardResolver() {
        List<String> list = List.of("a", "b");
        context.setPropertyResolved(false);
        assertEquals(null, resolver.invoke(context, list, "size", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        el.defineBean("list", list);
        assertEquals(Integer.valueOf(2), (Object) el.eval("list.size()"));
    }

    @Test
    void anExceptionOfTheMethodReachesThePageAsAnElException() {
        var failure = assertThrows(ELException.class, () -> el.eval("row.fail()"));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }
}
