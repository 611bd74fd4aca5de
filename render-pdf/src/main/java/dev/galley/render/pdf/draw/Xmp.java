package dev.galley.render.pdf.draw;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The XMP metadata packet of a PDF/A-2a and PDF/UA-1 briefing, written as text so that it is byte-for-byte
 * deterministic (no generated ids, no clock). Every document information entry has its XMP
 * twin with the same value, as PDF/A requires: Title ↔ dc:title, Author ↔ dc:creator (one entry),
 * Subject ↔ dc:description, Keywords ↔ pdf:Keywords, Creator ↔ xmp:CreatorTool, Producer ↔
 * pdf:Producer, CreationDate ↔ xmp:CreateDate, ModDate ↔ xmp:ModifyDate. The PDF/UA
 * identification ({@code pdfuaid:part}) is not in PDF/A's predefined schemas, so the packet
 * describes it in a PDF/A extension schema.
 */
final class Xmp {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Xmp() {
    }

    /**
     * The packet; {@code ua} whether to claim PDF/UA-1 (not when a figure has no alt text, which
     * PDF/UA forbids: such a PDF is still PDF/A-2a, and claims no more).
     */
    static String packet(PdfMetadata m, List<String> topics, boolean ua) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\"\n");
        x.append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        x.append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
        x.append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n");
        x.append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        x.append(ua ? "\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" : ">\n");
        x.append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(m.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!m.author().isEmpty()) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(m.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!m.subject().isEmpty()) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(m.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (!topics.isEmpty()) {
            x.append("   <dc:subject><rdf:Bag>");
            for (String topic : topics) {
                x.append("<rdf:li>").append(escape(topic)).append("</rdf:li>");
            }
            x.append("</rdf:Bag></dc:subject>\n");
        }
        if (!m.language().isBlank()) {
            x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(m.language()))
                    .append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        x.append("   <xmp:CreatorTool>").append(escape(m.creator())).append("</xmp:CreatorTool>\n");
        m.created().ifPresent(d -> x.append("   <xmp:CreateDate>").append(date(d)).append("</xmp:CreateDate>\n"));
        m.modified().ifPresent(d -> {
            x.append("   <xmp:ModifyDate>").append(date(d)).append("</xmp:ModifyDate>\n");
            x.append("   <xmp:MetadataDate>").append(date(d)).append("</xmp:MetadataDate>\n");
        });
        x.append("   <pdf:Producer>").append(escape(m.producer())).append("</pdf:Producer>\n");
        if (!m.keywords().isEmpty()) {
            x.append("   <pdf:Keywords>").append(escape(m.keywords())).append("</pdf:Keywords>\n");
        }
        x.append("   <pdfaid:part>2</pdfaid:part>\n");
        x.append("   <pdfaid:conformance>A</pdfaid:conformance>\n");
        if (ua) {
            x.append("   <pdfuaid:part>1</pdfuaid:part>\n");
        }
        x.append("  </rdf:Description>\n");
        if (ua) {
            x.append(UA_EXTENSION_SCHEMA);
        }
        x.append(" </rdf:RDF>\n");
        x.append("</x:xmpmeta>\n");
        x.append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    /** The PDF/A extension schema that declares {@code pdfuaid:part}. */
    private static final String UA_EXTENSION_SCHEMA = """
              <rdf:Description rdf:about=""
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <pdfaExtension:schemas>
                <rdf:Bag>
                 <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                  <pdfaSchema:property>
                   <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                     <pdfaProperty:name>part</pdfaProperty:name>
                     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                     <pdfaProperty:category>internal</pdfaProperty:category>
                     <pdfaProperty:description>Indicates which part of ISO 14289 (PDF/UA) the document conforms to</pdfaProperty:description>
                    </rdf:li>
                   </rdf:Seq>
                  </pdfaSchema:property>
                 </rdf:li>
                </rdf:Bag>
               </pdfaExtension:schemas>
              </rdf:Description>
            """;

    static String date(Instant instant) {
        return ISO.format(instant);
    }

    /** XML-escapes text; characters XML 1.0 cannot hold at all are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (legal) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
