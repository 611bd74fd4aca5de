package bench;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import dev.galley.render.pdf.font.DeskFaces;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.page.ImageCatalog;
import dev.galley.render.pdf.page.PageGeometry;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A set of briefings read as a publish reads them, for laying out without publishing: the
 * settings of the content folder's {@code galley.yaml} (or Galley's defaults), its house style's
 * faces, and each briefing through core's {@link BriefingReader}. Not read: {@code labels/}
 * files and a logo, which change no line of the body.
 *
 * @param name      what the tables call the set
 * @param root      the content folder: model paths (a figure's source) are relative to it
 * @param briefings the briefings, in file name order, with their paths relative to {@code root}
 */
record Desk(String name, Path root, SiteConfig config, TypeFaces faces, List<Named> briefings) {

    /** A briefing and the path it was read from (relative to the content folder). */
    record Named(String path, Briefing briefing) {
    }

    PageGeometry geometry() {
        return PageGeometry.of(config.pageSize(), config.style().margins(), config.style().facing());
    }

    /**
     * Reads {@code path}: a content folder (with {@code galley.yaml} and {@code briefings/}), a
     * {@code briefings} folder (its parent is the content folder), any other folder of Markdown
     * files, or one Markdown file. A briefing that cannot be read is said on stderr and left out.
     */
    static Desk read(String name, Path path) throws IOException {
        path = path.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        Path root = folder.getFileName() != null && folder.getFileName().toString().equals("briefings")
                && folder.getParent() != null ? folder.getParent() : folder;
        SiteConfig config = SiteConfig.defaults();
        Path yaml = root.resolve("galley.yaml");
        if (Files.isRegularFile(yaml)) {
            SiteConfigReader.Result read = SiteConfigReader.read(Files.readAllBytes(yaml), yaml.toString());
            read.diagnostics().forEach(d -> System.err.println("typography: " + d));
            config = read.config();
        }
        Path base = root;
        TypeFaces faces = DeskFaces.load(config.style().fonts(), file -> Files.readAllBytes(base.resolve(file)),
                (file, problem) -> System.err.println("typography: font " + file.file() + " " + problem));
        List<Path> files;
        if (Files.isDirectory(path)) {
            Path briefings = Files.isDirectory(path.resolve("briefings")) ? path.resolve("briefings") : path;
            try (Stream<Path> walk = Files.walk(briefings)) {
                files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        // Every file taken to exist, as GoldenLayoutTest and StageTimes read: the reader drops a
        // figure whose image is missing, and the test briefings' images are (see images()).
        BriefingReader reader = new BriefingReader(config, p -> true);
        List<Named> briefings = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            BriefingReader.Result result = reader.read(relative, file.toString(), Files.readAllBytes(file));
            if (result.briefing().isEmpty()) {
                System.err.println("typography: cannot read " + file + ": " + result.diagnostics());
                continue;
            }
            briefings.add(new Named(relative, result.briefing().get()));
        }
        return new Desk(name, root, config, faces, List.copyOf(briefings));
    }

    /**
     * The sizes of the content folder's images, read from their headers, so that figures take the
     * room they take in the PDF. An image that is not there or that ImageIO cannot read (remote,
     * SVG) takes the sizes GoldenLayoutTest gives every image (PNG 600 × 300 px, others 800 ×
     * 500): the test briefings name images their folder lacks, and are then laid out as their
     * golden files show them.
     */
    ImageCatalog images() {
        Map<String, Optional<ImageCatalog.Size>> sizes = new HashMap<>();
        return source -> sizes.computeIfAbsent(source, s -> size(s).or(() -> Optional.of(
                s.endsWith(".png") ? new ImageCatalog.Size(600, 300) : new ImageCatalog.Size(800, 500))));
    }

    private Optional<ImageCatalog.Size> size(String source) {
        try {
            return size(root.resolve(source));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageCatalog.Size> size(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new ImageCatalog.Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
