package dev.galley.render.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * veraPDF, the PDF Association's validator, with its greenfield parser: test scope only (it is
 * GPL/MPL and must not ship). Returns the failed rules, one line each.
 */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The rules {@code pdf} fails as PDF/A-2u, as "clause/test: message (count)"; empty if none. */
    static List<String> failuresPdfA2u(Path pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_U;
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "/" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant: " + result.getJobEndStatus());
            }
            return new ArrayList<>(failed);
        }
    }
}
