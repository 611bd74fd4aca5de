package dev.galley.core.publish;

import java.util.List;
import java.util.Locale;

/**
 * Which files in a content folder are nobody's content: hidden files and folders, and the files
 * editors, version control and merge tools leave beside the ones being edited. They are never
 * briefings, and saving them never rebuilds a preview.
 */
public final class SkippedFiles {

    /** Why a file was skipped, in the words of the build's summary line. */
    public static final String REASON = "hidden or editor files";

    /**
     * Endings of leftovers that are not hidden: Emacs's, gedit's and many others' backups
     * ({@code x.md~}), Vim's swap files where its {@code directory} setting does not hide them
     * ({@code x.md.swp}, then {@code .swo}, {@code .swx} for a second and third session), and the
     * copies {@code git mergetool} and {@code patch} keep of a file they changed or could not
     * change ({@code x.md.orig}, {@code x.md.rej}). The last two end in something other than
     * {@code .md}, so they would not be briefings anyway; they are listed so that the summary
     * mentions them: a merge that left {@code x.md.orig} behind is worth a look.
     */
    private static final List<String> LEFTOVER_ENDINGS = List.of("~", ".swp", ".swo", ".swx", ".orig", ".rej");

    private SkippedFiles() {
    }

    /**
     * Whether a file or folder of this name is skipped: it starts with a dot (hidden, which
     * covers {@code .git/}, {@code .obsidian/}, Emacs's lock links {@code .#x.md} and Vim's usual
     * {@code .x.md.swp}), is an Emacs auto-save file ({@code #x.md#}), or has one of the endings
     * of editors' and merge tools' leftovers. Nothing inside a skipped folder is looked at.
     *
     * @param name a file name, without any folder
     */
    public static boolean skipped(String name) {
        if (name.startsWith(".")) {
            return true;
        }
        if (name.length() > 1 && name.startsWith("#") && name.endsWith("#")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return LEFTOVER_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
