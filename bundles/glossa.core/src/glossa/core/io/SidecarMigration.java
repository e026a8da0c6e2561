package glossa.core.io;

import org.w3c.dom.Element;

/**
 * One step that lifts a sidecar from {@link #fromVersion()} to the next version. Steps work on the XML (a DOM of the
 * file) before EMF reads it, so a step can rename, add or drop elements that the current model no longer knows.
 * Register new steps in {@link SidecarMigrations#STEPS}.
 */
public interface SidecarMigration {

    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** What the step changes, for logs and the format documentation. */
    String description();

    /** Changes the root {@code <glossa:Document>} element in place. */
    void migrate(Element document) throws Exception;
}
