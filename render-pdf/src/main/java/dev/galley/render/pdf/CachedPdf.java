package dev.galley.render.pdf;

import dev.galley.core.model.SourcePos;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A briefing's PDF as the build cache keeps it: the file, its page count and the warnings setting
 * it gave, so that a briefing taken from the cache reports the same problems as one set afresh.
 */
record CachedPdf(byte[] pdf, int pages, List<Warning> warnings) {

    private static final String FORMAT = "galley-pdf-1";

    /** One warning as the editor saw it. */
    record Warning(SourcePos pos, String code, String message) {
    }

    CachedPdf {
        warnings = List.copyOf(warnings);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, FORMAT);
            out.writeInt(pages);
            out.writeInt(warnings.size());
            for (Warning w : warnings) {
                out.writeInt(w.pos().line());
                out.writeInt(w.pos().column());
                text(out, w.code());
                text(out, w.message());
            }
            out.writeInt(pdf.length);
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The entry in {@code bytes}; empty when they are not one (a different format, a torn file). */
    static Optional<CachedPdf> of(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!FORMAT.equals(text(in))) {
                return Optional.empty();
            }
            int pages = in.readInt();
            int count = in.readInt();
            List<Warning> warnings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                warnings.add(new Warning(new SourcePos(in.readInt(), in.readInt()), text(in), text(in)));
            }
            byte[] pdf = new byte[in.readInt()];
            in.readFully(pdf);
            return in.read() == -1 ? Optional.of(new CachedPdf(pdf, pages, warnings)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("torn entry");
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
