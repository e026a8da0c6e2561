package glossa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The articles named on the command line, i.e. every argument that is not an option or an option's value. */
public final class ArticleArguments {

    private ArticleArguments() {
    }

    /** Options of the Eclipse launcher that take a value; their value is not an article. */
    private static final List<String> OPTIONS_WITH_VALUE = List.of("-data", "-configuration", "-vm", "-product",
            "-application", "-perspective", "-showlocation", "-name", "-nl", "-os", "-ws", "-arch");

    public static List<Path> parse(String[] args) {
        List<Path> articles = new ArrayList<>();
        if (args == null) {
            return articles;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                Path path = Path.of(arg).toAbsolutePath().normalize();
                if (Files.isRegularFile(path)) {
                    articles.add(path);
                }
            }
        }
        return articles;
    }
}
