package glossa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yardstick the issue sets: every clause that contains any of a dozen generic cue words of a type is proposed as
 * that type (a clause may get several types), with no weighting. Not registered as a recommender; the evaluation
 * measures it side by side with the real ones.
 */
public final class BaselineRecommender implements Recommender {

    public static final String ID = "baseline";

    static final Map<String, List<String>> CUES = Map.of(
            "claim", List.of("认为", "表示", "指出", "称", "显示", "表明", "可能", "预计", "将", "已经", "是", "说",
                    "says", "said", "argue", "believe", "estimate", "show", "likely", "will", "could", "may", "is", "expect"),
            "policy-measure", List.of("要求", "禁止", "限制", "制裁", "管制", "关税", "许可", "规定", "法案", "措施",
                    "政策", "出口", "ban", "restrict", "sanction", "control", "tariff", "licen", "rule", "act", "policy",
                    "export", "require", "subsid"),
            "counter-strategy", List.of("加快", "推动", "自主", "替代", "国产", "应对", "反制", "发展", "加强", "创新",
                    "投资", "突破", "self-relian", "domestic", "substitut", "respond", "retaliat", "develop", "strengthen",
                    "innovat", "invest", "breakthrough", "alternative", "indigen"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> suggest(SuggestionInput input) {
        List<Suggestion> suggestions = new ArrayList<>();
        String text = input.text();
        for (int[] clause : TextUnits.clauses(text)) {
            String unit = text.substring(clause[0], clause[1]).toLowerCase(Locale.ROOT);
            for (String type : List.of("claim", "policy-measure", "counter-strategy")) {
                if (CUES.get(type).stream().anyMatch(cue -> contains(unit, cue))) {
                    suggestions.add(new Suggestion(type, clause[0], clause[1], 0.5, ID));
                }
            }
        }
        return suggestions;
    }

    /** Chinese cues anywhere; English cues at the start of a word. */
    private static boolean contains(String unit, String cue) {
        if (cue.charAt(0) > 0x7f) {
            return unit.contains(cue);
        }
        for (int i = unit.indexOf(cue); i >= 0; i = unit.indexOf(cue, i + 1)) {
            if (i == 0 || !Character.isLetter(unit.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
