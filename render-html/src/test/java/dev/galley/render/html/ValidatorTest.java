package dev.galley.render.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every page of the test site and its stylesheet pass the Nu Html Checker with no error. */
class ValidatorTest {

    @Test
    void everyPageAndTheStylesheetValidate() throws Exception {
        Rendered site = TestSite.get();
        NuValidator nu = new NuValidator();
        List<String> errors = new ArrayList<>();
        List<String> pages = site.pages();
        assertFalse(pages.isEmpty());
        for (String page : pages) {
            errors.addAll(nu.checkHtml(site.out().resolve(page).toFile()));
        }
        List<String> css = site.files().stream().filter(f -> f.endsWith(".css")).toList();
        assertEquals(1, css.size());
        errors.addAll(nu.checkCss(site.out().resolve(css.get(0)).toFile()));
        System.out.println("[validator] " + pages.size() + " pages and " + css.size()
                + " stylesheet checked, " + errors.size() + " errors");
        assertEquals(List.of(), errors, String.join("\n", errors));
    }
}
