package dev.galley.render.pdf.draw;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lossless images compressed once per run, not once per PDF. Compressing a PNG's pixels for a
 * PDF costs more than setting a whole short briefing, and desks reuse their charts and logos; the
 * compressed stream is kept as plain bytes and a dictionary snapshot, and copied into each
 * document that shows the image (PDF objects belong to one document).
 */
final class EncodedImages {

    /** An image stream ready to copy: its dictionary (nested streams, such as a soft mask, included) and its encoded bytes. */
    private record Snapshot(Map<COSName, Object> items, byte[] encoded) {
    }

    /** Bounded: a desk with thousands of distinct images simply compresses the rest as it goes. */
    private static final int MAX_IMAGES = 256;
    private static final Map<String, Snapshot> CACHE = new ConcurrentHashMap<>();

    private EncodedImages() {
    }

    /** {@code asset}, losslessly compressed, as an image of {@code document}. */
    static PDImageXObject lossless(PDDocument document, ImageAsset asset) throws IOException {
        Snapshot snapshot = CACHE.get(asset.key());
        if (snapshot == null) {
            try (PDDocument scratch = new PDDocument()) {
                snapshot = snapshot(LosslessFactory.createFromImage(scratch, asset.pixels().get()).getCOSObject());
            }
            if (CACHE.size() < MAX_IMAGES) {
                CACHE.put(asset.key(), snapshot);
            }
        }
        return new PDImageXObject(new PDStream(materialize(snapshot, document)), null);
    }

    private static Snapshot snapshot(COSStream stream) throws IOException {
        Map<COSName, Object> items = new LinkedHashMap<>();
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            if (!entry.getKey().equals(COSName.LENGTH)) {
                items.put(entry.getKey(), capture(entry.getValue()));
            }
        }
        try (InputStream raw = stream.createRawInputStream()) {
            return new Snapshot(items, raw.readAllBytes());
        }
    }

    /** A value with its streams turned into snapshots and its containers copied. */
    private static Object capture(COSBase value) throws IOException {
        COSBase direct = value instanceof COSObject object ? object.getObject() : value;
        if (direct instanceof COSStream stream) {
            return snapshot(stream);
        }
        if (direct instanceof COSDictionary dictionary) {
            Map<COSName, Object> items = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                items.put(entry.getKey(), capture(entry.getValue()));
            }
            return items;
        }
        if (direct instanceof COSArray array) {
            Object[] items = new Object[array.size()];
            for (int i = 0; i < array.size(); i++) {
                items[i] = capture(array.get(i));
            }
            return items;
        }
        return direct; // names, numbers and booleans are immutable
    }

    private static COSStream materialize(Snapshot snapshot, PDDocument document) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        for (Map.Entry<COSName, Object> entry : snapshot.items().entrySet()) {
            stream.setItem(entry.getKey(), rebuild(entry.getValue(), document));
        }
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(snapshot.encoded());
        }
        return stream;
    }

    @SuppressWarnings("unchecked")
    private static COSBase rebuild(Object value, PDDocument document) throws IOException {
        if (value instanceof Snapshot snapshot) {
            return materialize(snapshot, document);
        }
        if (value instanceof Map<?, ?> map) {
            COSDictionary dictionary = new COSDictionary();
            for (Map.Entry<COSName, Object> entry : ((Map<COSName, Object>) map).entrySet()) {
                dictionary.setItem(entry.getKey(), rebuild(entry.getValue(), document));
            }
            return dictionary;
        }
        if (value instanceof Object[] items) {
            COSArray array = new COSArray();
            for (Object item : items) {
                array.add(rebuild(item, document));
            }
            return array;
        }
        return (COSBase) value;
    }

}
