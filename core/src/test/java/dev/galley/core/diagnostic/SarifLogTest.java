package dev.galley.core.diagnostic;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.galley.core.Galley;
import dev.galley.core.check.Rule;
import dev.galley.core.model.SourcePos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("/home/runner/work/desk").toAbsolutePath();
    private static Schema schema;

    @BeforeAll
    static void readSchema() throws Exception {
        // the published schema, read from the test's resources: no network
        try (InputStream in = SarifLogTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private static List<Diagnostic> problems() {
        return List.of(
                new Diagnostic(Severity.ERROR, ROOT.resolve("briefings/quays.md").toString(), new SourcePos(12, 7),
                        "link-broken", "the link 'ferry.md' leads to no file"),
                new Diagnostic(Severity.WARNING, "galley.yaml", new SourcePos(3, 11), "style-contrast",
                        "link #7fb2e5 on background #ffffff: 2.23:1 <too low>\nsecond line"),
                new Diagnostic(Severity.ERROR, ROOT.resolve("briefings/Über die Kais:1.md").toString(),
                        new SourcePos(1, 1), "yaml-syntax", "expected a key"),
                new Diagnostic(Severity.WARNING, "/elsewhere/labels.yaml", new SourcePos(2, 1), "labels-key",
                        "'bylin' is no label"));
    }

    @Test
    void theLogIsValidAgainstThePublishedSchema() throws Exception {
        String log = SarifLog.of(problems(), ROOT);
        List<Error> errors = schema.validate(JSON.readTree(log));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertTrue(log.endsWith("}\n"));
    }

    @Test
    void aLogWithoutProblemsIsValidAndListsTheRules() throws Exception {
        JsonNode log = JSON.readTree(SarifLog.of(List.of(), ROOT));
        assertEquals(List.of(), schema.validate(log));
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertEquals("Galley", driver.get("name").asString());
        assertEquals(Galley.version(), driver.get("version").asString());
        assertEquals(Rule.values().length, driver.get("rules").size());
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void theSchemaRefusesWhatIsNotSarif() throws Exception {
        // the check above means something only if the validator reads the schema in earnest
        ObjectNode log = (ObjectNode) JSON.readTree(SarifLog.of(problems(), ROOT));
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        log.put("version", "2.0.0");
        assertEquals(2, schema.validate(log).size());
    }

    @Test
    void resultsNameTheirRuleLevelMessageAndPlace() throws Exception {
        JsonNode run = JSON.readTree(SarifLog.of(problems(), ROOT)).at("/runs/0");
        List<String> uris = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            assertEquals(result.get("ruleId").asString(), rule.get("id").asString());
            uris.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString());
        }
        // in the order problems are printed: by file as reported, then position
        assertEquals(List.of("file:///elsewhere/labels.yaml", "briefings/quays.md",
                "briefings/%C3%9Cber%20die%20Kais%3A1.md", "galley.yaml"), uris);
        JsonNode broken = run.at("/results/1");
        assertEquals("link-broken", broken.get("ruleId").asString());
        assertEquals("error", broken.get("level").asString());
        assertEquals("the link 'ferry.md' leads to no file", broken.at("/message/text").asString());
        assertEquals("%SRCROOT%", broken.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asString());
        assertEquals(12, broken.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(7, broken.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("warning", run.at("/results/3/level").asString());
        assertEquals("link #7fb2e5 on background #ffffff: 2.23:1 <too low>\nsecond line",
                run.at("/results/3/message/text").asString());
        assertFalse(run.at("/results/0/locations/0/physicalLocation/artifactLocation").has("uriBaseId"));
    }

    @Test
    void rulesAreGalleysCodesWithWhatEachChecks() throws Exception {
        JsonNode rules = JSON.readTree(SarifLog.of(problems(), ROOT)).at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        assertEquals(sorted, ids);
        List<String> expected = new ArrayList<>(Arrays.stream(Rule.values()).map(Rule::code).toList());
        expected.addAll(List.of("labels-key", "style-contrast", "yaml-syntax"));
        Collections.sort(expected);
        assertEquals(expected, ids);
        JsonNode alt = rules.get(ids.indexOf("image-alt"));
        assertEquals(Rule.IMAGE_ALT.checks(), alt.at("/shortDescription/text").asString());
        assertEquals("error", alt.at("/defaultConfiguration/level").asString());
        assertEquals("warning", rules.get(ids.indexOf("heading-skip")).at("/defaultConfiguration/level").asString());
    }

    @Test
    void theSameProblemsInAnyOrderGiveTheSameBytes() {
        List<Diagnostic> reversed = new ArrayList<>(problems());
        Collections.reverse(reversed);
        assertEquals(SarifLog.of(problems(), ROOT), SarifLog.of(reversed, ROOT));
    }
}
