package glossa.core.sections;

/**
 * A line that looks like a heading or a numbered point, before the detector has checked that it fits the numbering
 * around it.
 *
 * @param family   the numbering style; headings of one family at one place in the tree are siblings
 * @param rank     how high the style sits in a document: smaller ranks hold larger ones (Markdown 1..6 above all)
 * @param number   the number label as written ("一", "（一）", "1.", "2.3", "第一章"), or "" when there is none
 * @param ordinals the numeric value(s) of the label: {2} for "二", {2, 3} for "2.3"; empty when not numbered
 * @param title    the rest of the line, trimmed
 * @param closing  whether the title names a closing section (结语, Conclusion)
 * @param inline   where in the line a first sub-item starts ("Sec. 3.  Title.  (a) The …"), or -1
 */
record Heading(String family, int rank, String number, int[] ordinals, String title, boolean closing, int inline) {

    Heading(String family, int rank, String number, int[] ordinals, String title, boolean closing) {
        this(family, rank, number, ordinals, title, closing, -1);
    }

    Heading withTitle(String newTitle) {
        return new Heading(family, rank, number, ordinals, newTitle, closing, inline);
    }

    /** A heading whose number may be read two ways: "(i)" is a Roman one, or the letter after "(h)". */
    Heading alternative() {
        if (family.equals(HeadingRecognizer.ROMAN_SMALL) && number.length() == 3) {
            char letter = number.charAt(1);
            return new Heading(HeadingRecognizer.LETTER, rank - 1, number, new int[] { letter - 'a' + 1 }, title,
                    closing);
        }
        return null;
    }

    /** Whether the number is written in words that stand out ("Section 3", 第三条), so it may start anywhere. */
    boolean distinctive() {
        return family.startsWith("第") || family.startsWith(HeadingRecognizer.ENGLISH);
    }

    boolean numbered() {
        return ordinals.length > 0;
    }

    int last() {
        return ordinals[ordinals.length - 1];
    }

    boolean markdown() {
        return family.startsWith(HeadingRecognizer.MARKDOWN);
    }
}
