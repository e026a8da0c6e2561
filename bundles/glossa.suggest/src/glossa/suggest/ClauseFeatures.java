package glossa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import glossa.model.Section;

/**
 * The features of a clause for the learning recommender: character 1-3-grams of the clause (ASCII lower-cased), its
 * English words, which types' cue rules match it (counted three times: a cue is worth more than one n-gram), where
 * it lies in its section (first, early, late, last quarter) and the characters of the section's title.
 */
public final class ClauseFeatures {

    private static final int CUE_WEIGHT = 3;

    private final CueRules rules;

    public ClauseFeatures(CueRules rules) {
        this.rules = rules;
    }

    public List<String> of(SuggestionInput input, int begin, int end) {
        String text = input.text();
        String clause = text.substring(begin, end).toLowerCase(Locale.ROOT);
        List<String> features = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= clause.length(); i++) {
                String gram = clause.substring(i, i + n);
                if (!gram.isBlank() && (n > 1 || !Character.isLetter(gram.charAt(0)) || gram.charAt(0) > 0x7f)) {
                    features.add(gram);
                }
            }
        }
        for (String word : clause.split("[^\\p{IsLatin}]+")) {
            if (word.length() > 2) {
                features.add("w:" + word);
            }
        }
        for (CueRule rule : rules.rules()) {
            if (rule.isVeto() || rule.unit() == UnitKind.PHRASE) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(text).region(begin, end);
            if (matcher.find()) {
                for (int k = 0; k < CUE_WEIGHT; k++) {
                    features.add("cue:" + rule.typeId());
                }
            }
        }
        Section section = input.sectionAt(begin);
        if (section != null && section.getEnd() > section.getBegin()) {
            int quarter = (int) Math.min(3, 4L * (begin - section.getBegin()) / (section.getEnd() - section.getBegin()));
            features.add("pos:" + quarter);
            String title = section.getTitle() == null ? "" : section.getTitle();
            for (int i = 0; i < title.length(); i++) {
                if (!Character.isWhitespace(title.charAt(i))) {
                    features.add("t:" + title.charAt(i));
                }
            }
        } else {
            features.add("pos:none");
        }
        return features;
    }
}
