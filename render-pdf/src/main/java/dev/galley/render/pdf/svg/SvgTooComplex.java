package dev.galley.render.pdf.svg;

/** A chart that would take more than Galley allows to draw; its message ends "cannot be drawn: …". */
final class SvgTooComplex extends RuntimeException {
    SvgTooComplex(String problem) {
        super(problem, null, false, false);
    }
}
