package dev.galley.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A command's help: a synopsis, its description, its options and operand, and the commands under
 * it, wrapped for an 80-column terminal in the layout picocli gave it, so that the help reads as it
 * always has.
 */
final class Usage {

    /**
     * One short of 80, as picocli had it: some terminals (the older Windows console among them)
     * wrap a line of exactly 80 characters and show an empty line after it.
     */
    private static final int WIDTH = 79;

    /** Alphabetical by long name, so an option is where a reader looks for it. */
    private static final Comparator<Option> BY_NAME = Comparator.comparing(o -> o.name().replaceFirst("^-+", "").toLowerCase());

    private Usage() {
    }

    static String of(Syntax syntax) {
        StringBuilder text = new StringBuilder();
        String usage = "Usage: " + syntax.invocation() + " ";
        wrap(text, String.join(" ", synopsis(syntax)), usage, " ".repeat(usage.length()));
        wrap(text, syntax.description(), "", "");

        List<Option> shown = syntax.options().stream().filter(o -> !o.hidden()).sorted(BY_NAME).toList();
        List<String[]> rows = new ArrayList<>(); // short column, long column, description
        if (syntax.operand() != null && syntax.commands().isEmpty()) {
            rows.add(new String[] {"", syntax.operand().label(), syntax.operand().description()});
        }
        for (Option option : shown) {
            String shortName = option.shortName() == null ? "" : option.shortName();
            String longName = option.longName() == null ? "" : option.longName();
            rows.add(new String[] {shortName, longName + (option.takesValue() ? "=" + option.label() : ""),
                    option.description()});
        }
        int width = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] row : rows) {
            String names = row[0].isEmpty() ? "    " : row[0] + (row[1].isEmpty() ? "  " : ", ");
            String left = "  " + names + pad(row[1], width) + "   ";
            wrap(text, row[2], left, " ".repeat(left.length() + 2));
        }

        if (!syntax.commands().isEmpty()) {
            text.append("Commands:\n");
            int nameWidth = syntax.commands().stream().mapToInt(c -> c.name().length()).max().orElse(0);
            for (Syntax command : syntax.commands()) {
                String left = "  " + pad(command.name(), nameWidth) + "  ";
                wrap(text, command.description(), left, " ".repeat(left.length() + 2));
            }
        }
        return text.toString();
    }

    /** {@code [-hqV] [--drafts] … [--out=DIR] … [CONTENT-DIR]}: short flags, other flags, options with values, the operand. */
    private static List<String> synopsis(Syntax syntax) {
        List<Option> shown = syntax.options().stream().filter(o -> !o.hidden()).sorted(BY_NAME).toList();
        List<String> items = new ArrayList<>();
        String cluster = shown.stream().filter(o -> !o.takesValue() && o.shortName() != null)
                .map(o -> o.shortName().substring(1))
                .sorted(Comparator.comparing(String::toLowerCase))
                .reduce("", String::concat);
        if (!cluster.isEmpty()) {
            items.add("[-" + cluster + "]");
        }
        shown.stream().filter(o -> !o.takesValue() && o.shortName() == null).forEach(o -> items.add("[" + o.name() + "]"));
        shown.stream().filter(Option::takesValue).forEach(o -> items.add("[" + o.name() + "=" + o.label() + "]"));
        if (syntax.operand() != null) {
            items.add("[" + syntax.operand().label() + "]");
        }
        return items;
    }

    /** Appends {@code words} wrapped to {@link #WIDTH}: the first line after {@code first}, the rest after {@code indent}. */
    private static void wrap(StringBuilder text, String words, String first, String indent) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : words.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                text.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
