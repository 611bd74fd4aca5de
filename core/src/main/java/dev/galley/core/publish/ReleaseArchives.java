package dev.galley.core.publish;

import dev.galley.core.text.Digests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The published site packed for release: one zip of the whole site, one of the print PDFs, and a
 * {@code SHA256SUMS} manifest of both. Reproducible: entries sorted, one fixed timestamp, no
 * platform-dependent fields, so the same site always packs to the same bytes.
 */
public final class ReleaseArchives {

    /** Zip's epoch; used when the build has no source date. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** The files written. */
    public record Archives(Path site, Path pdfs, Path checksums) {
    }

    private ReleaseArchives() {
    }

    /**
     * Packs {@code siteDir} into {@code <baseName>-site.zip} and {@code <baseName>-pdf.zip} in
     * {@code targetDir}, with {@code <baseName>.sha256} listing both.
     */
    public static Archives write(Path siteDir, Path targetDir, String baseName, Optional<Instant> sourceDate)
            throws IOException {
        Files.createDirectories(targetDir);
        LocalDateTime time = sourceDate.map(t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC))
                .filter(t -> t.isAfter(DOS_EPOCH)).orElse(DOS_EPOCH);
        List<String> files = files(siteDir);
        Path site = targetDir.resolve(baseName + "-site.zip");
        Path pdfs = targetDir.resolve(baseName + "-pdf.zip");
        String siteSum = zip(siteDir, files, f -> true, site, time);
        String pdfSum = zip(siteDir, files, f -> f.endsWith(".pdf"), pdfs, time);
        Path checksums = targetDir.resolve(baseName + ".sha256");
        Files.writeString(checksums, siteSum + "  " + site.getFileName() + "\n"
                + pdfSum + "  " + pdfs.getFileName() + "\n", StandardCharsets.UTF_8);
        return new Archives(site, pdfs, checksums);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** Writes the zip and returns its SHA-256. */
    private static String zip(Path root, List<String> files, Predicate<String> include, Path target,
                              LocalDateTime time) throws IOException {
        MessageDigest sha = Digests.sha256();
        try (OutputStream file = Files.newOutputStream(target);
             DigestOutputStream digest = new DigestOutputStream(file, sha);
             ZipOutputStream zip = new ZipOutputStream(digest, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            for (String name : files) {
                if (!include.test(name)) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(name);
                // Local date-time, not an Instant: DOS times would otherwise follow the machine's zone.
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                Files.copy(root.resolve(name), zip);
                zip.closeEntry();
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
