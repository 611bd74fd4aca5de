package dev.galley.cli;

/** Text written into YAML that Galley generates: always double-quoted, so any title reads back as itself. */
final class YamlText {

    private YamlText() {
    }

    /** {@code text} as a double-quoted YAML scalar: {@code Desk: "North"} becomes {@code "Desk: \"North\""}. */
    static String quoted(String text) {
        return "\"" + escaped(text) + "\"";
    }

    /** {@code text} as it stands between the double quotes of a YAML scalar. */
    static String escaped(String text) {
        StringBuilder quoted = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.toString();
    }
}
