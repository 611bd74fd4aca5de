package dev.galley.render.html;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** The Nu Html Checker (v.Nu), run in-process on files; collects errors, not warnings. */
final class NuValidator {

    private final List<String> errors = new ArrayList<>();
    private String current = "";

    private final ErrorHandler handler = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    };

    /** Errors in {@code file}, as {@code file:line:col: message}. */
    synchronized List<String> checkHtml(File file) throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        errors.clear();
        current = file.getPath();
        validator.checkHtmlFile(file, true);
        return List.copyOf(errors);
    }

    synchronized List<String> checkCss(File file) throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        errors.clear();
        current = file.getPath();
        validator.checkCssFile(file, true);
        return List.copyOf(errors);
    }
}
