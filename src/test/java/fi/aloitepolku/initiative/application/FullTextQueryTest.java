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
    void wordsAreSplitAsTheTermIndexSplitsTexts() {
        assertEquals(java.util.List.of("kävelytie", "ålands", "2026"), FullTextQuery.words("Kävelytie–Ålands, 2026!"));
        assertEquals(java.util.List.of("uimaranta"), FullTextQuery.words("uimaranta UIMARANTA ja on"), "once each, short words out");
        assertEquals(FullTextQuery.MAX_WORDS, FullTextQuery.words("aaa bbb ccc ddd eee fff ggg hhh iii jjj").size());
        String long70 = "a".repeat(70);
        assertEquals(java.util.List.of("a".repeat(FullTextQuery.MAX_TERM)), FullTextQuery.words(long70),
                "a word is kept to the index's 64 characters, so a longer one is found by its start");
        assertEquals(java.util.List.of(), FullTextQuery.words(" -- "));
    }

    @Test
    void nothingSearchableMeansNoSearch() {
        assertNull(FullTextQuery.of(null));
        assertNull(FullTextQuery.of("  "));
        assertNull(FullTextQuery.of("a b -- *"));
    }
}
