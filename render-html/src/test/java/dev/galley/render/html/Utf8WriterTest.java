package dev.galley.render.html;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8WriterTest {

    /** Pages must come out exactly as {@code String.getBytes(UTF_8)} made them before. */
    @Test
    void encodesAsStringGetBytesDoesHoweverTheTextIsSplit() {
        Random random = new Random(42);
        char[] alphabet = {'a', '<', ' ', '\n', '\u00e9', '\u00b7', '\u2014', '\uFFFD',
                '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(1);
            int at = 0;
            while (at < s.length()) {
                int piece = Math.min(s.length() - at, 1 + random.nextInt(7));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, at, piece);
                    case 1 -> out.write(s.toCharArray(), at, piece);
                    default -> {
                        for (int i = at; i < at + piece; i++) {
                            out.write(s.charAt(i));
                        }
                    }
                }
                at += piece;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
        }
    }

    @Test
    void rendersTheSameBytesAsTheStringOfATemplate() throws IOException {
        Templates templates = Templates.builtIn();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", "en");
        data.put("siteLang", "en");
        data.put("t", Map.of("search", "Search", "search_field", "Words", "search_button", "Search",
                "search_needs_script", "Needs JavaScript.", "not_found_archive", "Archive", "skip_to_content", "Skip",
                "site_navigation", "Site", "all_briefings", "All", "atom_feed", "Feed"));
        data.put("messagesJson", "{}");
        data.put("title", "Caf\u00e9 \u2014 \uD83D\uDE00 <b>");
        data.put("description", "");
        data.put("root", "");
        data.put("home", "index.html");
        data.put("stylesheet", "style.css");
        data.put("feed", "feed.xml");
        data.put("nav", List.of());
        data.put("siteTitle", "Desk \u00b7 one");
        data.put("generator", "Galley test");
        data.put("scripts", List.of());
        String page = templates.render("search.ftlh", data);
        assertEquals(page, new String(templates.renderUtf8("search.ftlh", data), StandardCharsets.UTF_8));
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), templates.renderUtf8("search.ftlh", data));
    }
}
