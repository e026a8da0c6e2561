package glossa.core.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What one line is read as, alone: the numbering style ("family"), the number as written, its value(s) and the
 * title, or "-" for a line that is no candidate heading. The detector then checks the numbering around it
 * (SectionDetectorTest); this table pins down the single line, including the near misses that must stay text.
 */
class HeadingRecognizerTest {

    /** family | number | values | title, with a trailing " (closing)" for a closing section; "-" for none. */
    static String read(String line) {
        Heading h = HeadingRecognizer.recognize(line);
        if (h == null) {
            return "-";
        }
        String values = Arrays.stream(h.ordinals()).mapToObj(Integer::toString).collect(Collectors.joining("."));
        return h.family() + " | " + h.number() + " | " + values + " | " + h.title() + (h.closing() ? " (closing)" : "");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '→', quoteCharacter = '`', value = {
            // Markdown: the number of # is the level unless a named numbering gives it
            "# Title → md1 |  |  | Title",
            "###### Six → md6 |  |  | Six",
            "####### Seven → -",
            "#NoSpace → -",
            "## **Bold** ## → md2 |  |  | Bold",
            "## 2. Measures → md2 | 2. |  | Measures",
            "## 一、总则 → 一、 | 一 | 1 | 总则",
            "## 第二章 措施 → 第章 | 第二章 | 2 | 措施",
            "## Conclusion → md2 |  |  | Conclusion (closing)",
            "`   # Three spaces of indent` → md1 |  |  | Three spaces of indent",
            "`    # Four spaces make code` → -",
            // bold paragraphs carry a heading when they carry a number
            "**一、背景** → 一、 | 一 | 1 | 背景",
            "**★二、背景** → 一、 | 二 | 2 | 背景",
            "__（三）措施__ → （一） | （三） | 3 | 措施",
            "**Just bold** → -",
            "**** → -",
            "[**★**3、认识论](http://example.org/a) → 1、 | 3、 | 3 | 认识论",
            // closing sections
            "结语 → closing |  |  | 结语 (closing)",
            "结语：展望未来 → closing |  |  | 结语：展望未来 (closing)",
            "Concluding remarks → closing |  |  | Concluding remarks (closing)",
            "summary → closing |  |  | summary (closing)",
            "SUMMARY → closing |  |  | SUMMARY (closing)",
            "Summary: the way ahead → closing |  |  | Summary: the way ahead (closing)",
            "SUMMARY: The FAA proposes to → -",
            "结语中提到 → -",
            "3. Conclusions → 1. | 3. | 3 | Conclusions (closing)",
            // Chinese named numbering
            "第三章 措施 → 第章 | 第三章 | 3 | 措施",
            "第3节　范围 → 第节 | 第3节 | 3 | 范围",
            "第一编 总则 → 第编 | 第一编 | 1 | 总则",
            "第二部分 → 第部分 | 第二部分 | 2 | ",
            "第一部分　总则 → 第部分 | 第一部分 | 1 | 总则",
            "第二部 总则 → 第部 | 第二部 | 2 | 总则",
            "第零章 序 → 第章 | 第零章 | 0 | 序",
            "第十二条 内容 → 第条 | 第十二条 | 12 | 内容",
            "第1234条 内容 → 第条 | 第1234条 | 1234 | 内容",
            "第三条规定的义务 → -",
            "第零条 内容 → -",
            "第一二章 总则 → -",
            "一、出口管制 → 一、 | 一 | 1 | 出口管制",
            "十一、 签证 → 一、 | 十一 | 11 | 签证",
            "零、 开始 → -",
            "（一）签证 → （一） | （一） | 1 | 签证",
            "(二) 签证 → （一） | (二) | 2 | 签证",
            "（零）签证 → -",
            // Arabic numbers
            "1. Introduction → 1. | 1. | 1 | Introduction",
            "2．全角 → 1. | 2． | 2 | 全角",
            "1、要点 → 1、 | 1、 | 1 | 要点",
            "7、1895年的事 → 1、 | 7、 | 7 | 1895年的事",
            "1.5亿美元 → -",
            "1234. Too long a number → -",
            "1.1 Background → 1.1 | 1.1 | 1.1 | Background",
            "2.3. Scope → 1.1 | 2.3 | 2.3 | Scope",
            "1.2.3 Deep → 1.1.1 | 1.2.3 | 1.2.3 | Deep",
            "2025.09.26 20:07 发布 → -",
            "10.2.3 Deep → 1.1.1 | 10.2.3 | 10.2.3 | Deep",
            "（1）签证 → （1） | （1） | 1 | 签证",
            "(12) item → （1） | (12) | 12 | item",
            "① 第一 → ① | ① | 1 | 第一",
            "⑳ 第二十 → ① | ⑳ | 20 | 第二十",
            // letters and small Roman numerals
            "(a) The first → (a) | (a) | 1 | The first",
            "(z) Last → (a) | (z) | 26 | Last",
            "(aa) Again → (a) | (aa) | 27 | Again",
            "(bb) Again → (a) | (bb) | 28 | Again",
            "(ab) Mixed → -",
            "(B) Upper → (A) | (B) | 2 | Upper",
            "(a)No space → -",
            "(iv) Fourth → (i) | (iv) | 4 | Fourth",
            "(i) First → (i) | (i) | 1 | First",
            "(iiii) Bad → -",
            // Roman
            "IV. Findings → I. | IV. | 4 | Findings",
            "I. 中文标题 → I. | I. | 1 | 中文标题",
            "II. 2024 in review → I. | II. | 2 | 2024 in review",
            "I. think so → -",
            "IIII. Bad → -",
            "IV.Findings → -",
            // English divisions
            "Section 3. Purpose → en:Section | Section 3. | 3 | Purpose",
            "Sec. 2. Definitions → en:Section | Sec. 2. | 2 | Definitions",
            "SECTION 4 → en:Section | SECTION 4 |  4 | ",
            "Article 5 → en:Article | Article 5 | 5 | ",
            "Article 12 — Scope → en:Article | Article 12 | 12 | Scope",
            "ARTICLE 7: Penalties → en:Article | ARTICLE 7 | 7 | Penalties",
            "PART II → en:Part | PART II | 2 | ",
            "TITLE IV Finance → en:Part | TITLE IV | 4 | Finance",
            "CHAPTER 3 Final provisions → en:Chapter | CHAPTER 3 | 3 | Final provisions",
            "Chapter XLI Old → en:Chapter | Chapter XLI | 41 | Old",
            "Section 2a → en:Section | Section 2a | 2 | ",
            "Section 12bis → -",
            "Section 3, as amended, is repealed. → -",
            "Article 12—Scope → en:Article | Article 12 | 12 | Scope",
            "Article 12\tScope → en:Article | Article 12 | 12 | Scope",
            "Article 5 (1) provides → -",
            "Section 4 (a) The first → en:Section | Section 4 | 4 | (a) The first",
            "Section 2 of the Act applies → -",
            "Article 5(1) provides → -",
            "Article 0 → -",
            "Part IIII → -",
            "Section 3. Purpose. This order sets → en:Section | Section 3. | 3 | Purpose. This order sets",
            "Sec. 3.  Purpose.  Text follows → en:Section | Sec. 3. | 3 | Purpose",
            "Section 4. Scope (see below) → en:Section | Section 4. | 4 | Scope (see below)",
            // running text
            "Plain text. → -",
            "2023年，美国出台了法案。 → -",
            "`   ` → -" })
    void readsOneLine(String line, String expected) {
        assertEquals(expected.replaceAll(" +", " ").strip(), read(line).replaceAll(" +", " ").strip(), line);
    }
}
