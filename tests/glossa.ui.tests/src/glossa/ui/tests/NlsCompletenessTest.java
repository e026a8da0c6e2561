package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The Chinese translation is complete: every properties file that glossa.ui, glossa.app and glossa.core ship has a
 * _zh twin with the same keys and no others, whose values are translated (not English copies), keep the arguments
 * and mnemonics, and are ASCII (\\u escapes: NLS and plugin.properties are read as ISO-8859-1). plugin.xml names
 * only keys that exist, and the Messages classes have a message for every field and a field for every message.
 */
class NlsCompletenessTest {

    /** Words that stay as they are in a Chinese text: names of the product, formats and keys. */
    private static final Set<String> UNTRANSLATED_WORDS = Set.of("Glossa", "CSV", "HTML", "Markdown", "JSON", "LD",
            "PNG", "SVG", "W3C", "Web", "ID", "UTF", "BOM", "Ctrl", "Enter", "txt", "md", "glossa", "Search");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9FFF]");

    /** Base name (bundle:path without .properties) to how many of them each bundle must ship at least. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "glossa.ui", List.of("/plugin", "glossa/ui/internal/nls/messages", "glossa/ui/internal/merge/messages"),
            "glossa.app", List.of("/plugin", "glossa/app/internal/messages"),
            "glossa.core", List.of("glossa/core/codebook/defaultcodebook"));

    @Test
    void everyPropertiesFileHasACompleteChineseTranslation() throws IOException {
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        for (Map.Entry<String, List<String>> expected : new TreeMap<>(EXPECTED).entrySet()) {
            Bundle bundle = Platform.getBundle(expected.getKey());
            assertNotNull(bundle, expected.getKey());
            Map<String, URL> files = propertiesFiles(bundle);
            for (String base : expected.getValue()) {
                assertTrue(files.keySet().stream().anyMatch(path -> path.endsWith(base + ".properties")),
                        expected.getKey() + " ships " + base + ".properties: " + files.keySet());
            }
            for (Map.Entry<String, URL> file : files.entrySet()) {
                String path = file.getKey();
                if (path.endsWith("_zh.properties")) {
                    String base = path.replace("_zh.properties", ".properties");
                    if (!files.containsKey(base)) {
                        problems.add(bundle.getSymbolicName() + path + ": no base file " + base);
                    }
                    continue;
                }
                URL zh = files.get(path.replace(".properties", "_zh.properties"));
                if (zh == null) {
                    problems.add(bundle.getSymbolicName() + path + ": no _zh translation");
                    continue;
                }
                pairs++;
                compare(bundle.getSymbolicName() + path, file.getValue(), zh, problems);
            }
        }
        assertTrue(pairs >= 6, "the six translated files were found, found " + pairs);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void pluginXmlNamesOnlyExistingKeysAndNoLiteralLabels() throws IOException {
        Pattern translatable = Pattern.compile("\\b(name|label|description|tooltip)=\"([^\"%][^\"]*)\"");
        for (String id : List.of("glossa.ui", "glossa.app")) {
            Bundle bundle = Platform.getBundle(id);
            assertEquals("plugin", bundle.getHeaders("").get("Bundle-Localization"), id + " localises its manifest");
            String xml = read(bundle.getEntry("plugin.xml"));
            Properties keys = load(bundle.getEntry("plugin.properties"));
            Matcher key = Pattern.compile("\"%([\\w.\\-]+)\"|>%([\\w.\\-]+)<").matcher(xml);
            int used = 0;
            while (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                assertTrue(keys.containsKey(name), id + "/plugin.xml uses %" + name + ", missing in plugin.properties");
                used++;
            }
            assertTrue(used > 10, id + " uses its keys: " + used);
            // A literal label would stay English in Chinese: only ids (dotted, no blank) and the name "Glossa" may.
            Matcher literal = translatable.matcher(xml);
            while (literal.find()) {
                String value = literal.group(2);
                boolean identifier = value.equals("Glossa") || value.matches("[\\w.\\-]+") && !value.matches("[A-Z].*");
                assertTrue(identifier, id + "/plugin.xml has an untranslatable " + literal.group(0));
            }
        }
    }

    @Test
    void messagesClassesAndFilesMatch() throws Exception {
        for (String type : List.of("glossa.ui.internal.nls.Messages", "glossa.ui.internal.merge.Messages",
                "glossa.ui.internal.codebook.Messages", "glossa.ui.internal.memos.Messages",
                "glossa.ui.internal.search.Messages", "glossa.ui.internal.transfer.Messages",
                "glossa.app.internal.Messages")) {
            String bundleId = type.startsWith("glossa.app") ? "glossa.app" : "glossa.ui";
            Class<?> messages = Platform.getBundle(bundleId).loadClass(type);
            String file = type.substring(0, type.lastIndexOf('.')).replace('.', '/') + "/messages.properties";
            Set<String> keys = new TreeSet<>();
            for (Object k : load(Platform.getBundle(bundleId).getEntry(file)).keySet()) {
                keys.add((String) k);
            }
            Set<String> fields = new TreeSet<>();
            for (Field field : messages.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    fields.add(field.getName());
                    String value = (String) field.get(null);
                    assertNotNull(value, type + "." + field.getName());
                    assertTrue(!value.startsWith("NLS missing message"), type + "." + field.getName() + ": " + value);
                }
            }
            assertEquals(keys, fields, type + ": one field per message and one message per field");
        }
    }

    private static void compare(String name, URL baseUrl, URL zhUrl, List<String> problems) throws IOException {
        asciiOnly(name, baseUrl, problems);
        asciiOnly(name.replace(".properties", "_zh.properties"), zhUrl, problems);
        Properties base = load(baseUrl);
        Properties zh = load(zhUrl);
        Set<String> missing = new TreeSet<>(names(base));
        missing.removeAll(names(zh));
        Set<String> extra = new TreeSet<>(names(zh));
        extra.removeAll(names(base));
        if (!missing.isEmpty()) {
            problems.add(name + ": keys without a Chinese translation: " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add(name + ": Chinese keys the base file does not have: " + extra);
        }
        for (String key : names(base)) {
            String en = base.getProperty(key);
            String cn = zh.getProperty(key);
            if (cn == null) {
                continue;
            }
            if (cn.isBlank()) {
                problems.add(name + ": " + key + " is empty in Chinese");
                continue;
            }
            if (!en.isEmpty() && !arguments(en).equals(arguments(cn))) {
                problems.add(name + ": " + key + " has arguments " + arguments(en) + " but in Chinese " + arguments(cn));
            }
            if (mnemonics(en) != mnemonics(cn)) {
                problems.add(name + ": " + key + " has " + mnemonics(en) + " mnemonic(s) but " + mnemonics(cn)
                        + " in Chinese: " + cn);
            }
            if (needsTranslation(en) && (cn.equals(en) || !CJK.matcher(cn).find())) {
                problems.add(name + ": " + key + " is not translated: " + cn);
            }
        }
    }

    /** Whether the English text has words that a Chinese reader needs translated. */
    private static boolean needsTranslation(String en) {
        Matcher word = WORD.matcher(ARGUMENT.matcher(en).replaceAll(" "));
        while (word.find()) {
            if (!UNTRANSLATED_WORDS.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int mnemonics(String message) {
        return message.replace("&&", "").length() - message.replace("&&", "").replace("&", "").length();
    }

    private static void asciiOnly(String name, URL url, List<String> problems) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    problems.add(name + ": byte " + i + " is not ASCII (write \\uXXXX)");
                    return;
                }
            }
        }
    }

    /** The bundle's properties files (not build.properties) by path, deduplicated across src/ and the output. */
    private static Map<String, URL> propertiesFiles(Bundle bundle) {
        Map<String, URL> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries("/", "*.properties", true);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            if (path.endsWith("/build.properties") || path.startsWith("/META-INF/") || path.contains("/test")
                    || path.contains("/bin/")) {
                continue;
            }
            files.putIfAbsent(path.replaceFirst("^/(src|target/classes)/", "/"), url);
        }
        return files;
    }

    private static Set<String> names(Properties properties) {
        return properties.stringPropertyNames();
    }

    private static Properties load(URL url) throws IOException {
        assertNotNull(url);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in); // ISO-8859-1, as NLS and the extension registry read them
        }
        return properties;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
