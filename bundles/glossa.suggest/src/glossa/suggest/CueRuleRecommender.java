package glossa.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Proposes the units that cue rules match. Per unit and type the confidences of the matching rules add up as a
 * noisy-or (two independent cues of 0.6 give 0.84); a unit then gets only its most confident type, since one clause
 * is rarely two things at once, and a veto rule removes a type from the units it matches.
 */
public final class CueRuleRecommender implements Recommender {

    public static final String ID = "cue-rules";

    private final CueRules rules;

    public CueRuleRecommender(CueRules rules) {
        this.rules = rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> suggest(SuggestionInput input) {
        String text = input.text();
        List<int[]> clauses = TextUnits.clauses(text);
        List<int[]> sentences = null;
        Votes votes = new Votes();
        Set<String> vetoed = new HashSet<>();
        List<Suggestion> phrases = new ArrayList<>();
        CuePrefilter prefilter = rules.prefilter();
        long[] clauseCandidates = candidates(prefilter, text, clauses);
        long[] sentenceCandidates = null;
        List<CueRule> all = rules.rules();
        for (int r = 0; r < all.size(); r++) {
            CueRule rule = all.get(r);
            if (rule.unit() == UnitKind.SENTENCE && sentences == null) {
                sentences = TextUnits.sentences(text);
                sentenceCandidates = candidates(prefilter, text, sentences);
            }
            List<int[]> units = rule.unit() == UnitKind.SENTENCE ? sentences : clauses;
            long[] candidates = rule.unit() == UnitKind.SENTENCE ? sentenceCandidates : clauseCandidates;
            if (rule.unit() == UnitKind.PHRASE && !rule.isVeto()) {
                phrases.addAll(phrases(rule, text));
                continue;
            }
            // Match unit by unit: anchors (^, $) then mean the unit's bounds, and a cue never spans two units.
            Matcher matcher = rule.pattern().matcher(text);
            for (int u = 0; u < units.size(); u++) {
                int[] unit = units.get(u);
                if (!prefilter.contains(candidates, u, r) || !matcher.region(unit[0], unit[1]).find()) {
                    continue;
                }
                long key = key(unit);
                if (rule.isVeto()) {
                    vetoed.add(key + rule.typeId());
                } else {
                    votes.add(key, rule.typeId(), 1 - rule.confidence());
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (int number = 0; number < votes.size(); number++) {
            long key = votes.keys[number];
            String best = null;
            double bestConfidence = 0;
            for (Map.Entry<String, Double> type : votes.of(number).entrySet()) {
                double confidence = 1 - type.getValue();
                if (!vetoed.contains(key + type.getKey()) && confidence > bestConfidence) {
                    best = type.getKey();
                    bestConfidence = confidence;
                }
            }
            if (best != null) {
                suggestions.add(new Suggestion(best, (int) (key >>> 32), (int) key, bestConfidence, ID));
            }
        }
        suggestions.addAll(phrases);
        suggestions.sort(Suggestions.TEXT_ORDER);
        return suggestions;
    }

    /** Per unit, the rules that can match in it: one candidate set after the other. */
    private static long[] candidates(CuePrefilter prefilter, String text, List<int[]> units) {
        long[] one = prefilter.newSet();
        long[] candidates = new long[units.size() * one.length];
        for (int u = 0; u < units.size(); u++) {
            int[] unit = units.get(u);
            System.arraycopy(prefilter.candidates(text, unit[0], unit[1], one), 0, candidates, u * one.length,
                    one.length);
        }
        return candidates;
    }

    /**
     * Per unit (begin,end as a key): type -> probability that no rule is right. Most units get one type, kept in
     * arrays; a map (filled in the same order, so it iterates alike) only for a unit with a second type. Units are
     * numbered in a primitive table: the Longs of begin,end hash alike (begin ^ end) and collided in a HashMap.
     */
    private static final class Votes {
        private final FeatureIndex numbers = new FeatureIndex();
        private long[] keys = new long[256];
        private String[] types = new String[256];
        private double[] miss = new double[256];
        private List<Map<String, Double>> more = new ArrayList<>();

        void add(long key, String type, double ruleMiss) {
            int number = numbers.add(key);
            if (number == more.size()) {
                if (number == keys.length) {
                    keys = Arrays.copyOf(keys, number * 2);
                    types = Arrays.copyOf(types, number * 2);
                    miss = Arrays.copyOf(miss, number * 2);
                }
                keys[number] = key;
                types[number] = type;
                miss[number] = ruleMiss;
                more.add(null);
            } else if (more.get(number) == null && types[number].equals(type)) {
                miss[number] = miss[number] * ruleMiss;
            } else {
                if (more.get(number) == null) {
                    Map<String, Double> map = new HashMap<>();
                    map.put(types[number], miss[number]);
                    more.set(number, map);
                }
                more.get(number).merge(type, ruleMiss, (a, b) -> a * b);
            }
        }

        int size() {
            return more.size();
        }

        Map<String, Double> of(int number) {
            Map<String, Double> map = more.get(number);
            return map != null ? map : Map.of(types[number], miss[number]);
        }
    }

    private static List<Suggestion> phrases(CueRule rule, String text) {
        List<Suggestion> found = new ArrayList<>();
        Matcher matcher = rule.pattern().matcher(text);
        boolean named = rule.pattern().namedGroups().containsKey("span");
        while (matcher.find()) {
            int begin = named ? matcher.start("span") : matcher.start();
            int end = named ? matcher.end("span") : matcher.end();
            if (begin >= 0 && end > begin) {
                found.add(new Suggestion(rule.typeId(), begin, end, rule.confidence(), ID));
            }
        }
        return found;
    }

    private static long key(int[] unit) {
        return ((long) unit[0] << 32) | (unit[1] & 0xffffffffL);
    }
}
