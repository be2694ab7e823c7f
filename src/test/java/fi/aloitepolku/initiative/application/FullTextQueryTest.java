package fi.aloitepolku.initiative.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void everyWordIsRequiredAsAPrefix() {
        assertEquals("+uimaranta* +yyteri*", FullTextQuery.of("Uimaranta Yyteri"));
        assertEquals("+kävelytie* +ålands*", FullTextQuery.of("  kävelytie,  Ålands "));
    }

    @Test
    void operatorsCannotChangeTheQuery() {
        assertEquals("+katu* +valo*", FullTextQuery.of("-katu \"valo\" ~(x) @2"));
        assertEquals("+drop* +table*", FullTextQuery.of("'); drop table --"));
    }

    @Test
    void nothingSearchableMeansNoSearch() {
        assertNull(FullTextQuery.of(null));
        assertNull(FullTextQuery.of("  "));
        assertNull(FullTextQuery.of("a b -- *"));
    }
}
