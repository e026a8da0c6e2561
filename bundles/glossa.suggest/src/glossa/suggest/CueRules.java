package glossa.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A set of cue rules, read from a rules file the analyst can edit: UTF-8, one rule a line,
 * {@code type<TAB>unit<TAB>confidence<TAB>regex}, {@code #} starts a comment line. The codebook has no place for
 * rules, so they live beside the articles: {@value #FILE_NAME} in the article's folder (the case), else the defaults
 * shipped in this bundle ({@code rules/default-rules.tsv}).
 */
public final class CueRules {

    public static final String FILE_NAME = "suggest-rules.tsv";
    private static final String DEFAULTS = "/rules/default-rules.tsv";
    /** Bounds what an edited file can make us compile. */
    private static final int MAX_RULES = 5_000;

    private final List<CueRule> rules;
    /** Built on first use (a race builds it twice, harmlessly). */
    private volatile CuePrefilter prefilter;

    public CueRules(List<CueRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<CueRule> rules() {
        return rules;
    }

    /** Which of these rules can match in a unit, so that the others' regexes need not run there. */
    CuePrefilter prefilter() {
        CuePrefilter built = prefilter;
        if (built == null) {
            built = CuePrefilter.of(rules);
            prefilter = built;
        }
        return built;
    }

    /** The rules shipped with Glossa: Chinese and English cues for claim, policy-measure and counter-strategy. */
    public static CueRules defaults() {
        try (InputStream in = CueRules.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulesException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rules for an article: {@value #FILE_NAME} beside it when there is one, else the defaults. */
    public static CueRules forArticle(Path article) throws IOException, RulesException {
        Path folder = article.toAbsolutePath().getParent();
        Path file = folder == null ? null : folder.resolve(FILE_NAME);
        if (file != null && Files.isRegularFile(file)) {
            return read(file);
        }
        return defaults();
    }

    public static CueRules read(Path file) throws IOException, RulesException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** Parses rules; a bad line is a {@link RulesException} naming the source and line. */
    public static CueRules read(Reader reader, String source) throws IOException, RulesException {
        List<CueRule> rules = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 4);
            if (cells.length != 4) {
                throw new RulesException(source + ":" + number + ": expected type<TAB>unit<TAB>confidence<TAB>regex");
            }
            UnitKind unit;
            double confidence;
            Pattern pattern;
            try {
                unit = UnitKind.parse(cells[1]);
            } catch (IllegalArgumentException e) {
                throw new RulesException(source + ":" + number + ": unit must be clause, sentence or phrase, not '"
                        + cells[1].strip() + "'");
            }
            try {
                confidence = Double.parseDouble(cells[2].strip());
            } catch (NumberFormatException e) {
                confidence = Double.NaN;
            }
            if (!(confidence >= -1 && confidence <= 1)) {
                throw new RulesException(source + ":" + number + ": confidence must be a number from -1 to 1");
            }
            try {
                pattern = Pattern.compile(cells[3].strip());
            } catch (PatternSyntaxException e) {
                throw new RulesException(source + ":" + number + ": bad regular expression: " + e.getDescription());
            }
            if (rules.size() == MAX_RULES) {
                throw new RulesException(source + ":" + number + ": more than " + MAX_RULES + " rules");
            }
            rules.add(new CueRule(cells[0].strip(), unit, confidence, pattern));
        }
        return new CueRules(rules);
    }

    /** A rules file that cannot be used: the message names the file and line. */
    public static final class RulesException extends Exception {
        private static final long serialVersionUID = 1L;

        public RulesException(String message) {
            super(message);
        }
    }
}
