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
        return failures(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** The rules {@code pdf} fails as PDF/A-2a (tagged, accessible archival PDF). */
    static List<String> failuresPdfA2a(Path pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_2_A);
    }

    /** The rules {@code pdf} fails as PDF/UA-1 (the machine-checkable part of ISO 14289-1). */
    static List<String> failuresPdfUa1(Path pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** The rules {@code pdf} fails as {@code flavour}, as "clause/test: message"; empty if none. */
    static List<String> failures(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "/" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " @ " + assertion.getLocation().getContext());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant: " + result.getJobEndStatus());
            }
            return new ArrayList<>(failed);
        }
    }
}
