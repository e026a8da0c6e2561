# Sourced by the project's scripts: sets JAVA_HOME to a JDK >= 21, or stops with a clear message.
# Tries $JAVA_HOME, then `java` on the PATH, then /usr/lib/jvm/* and /opt/java*, /opt/jdk*.
glossa_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
glossa_find_jdk() {
  for home in ${JAVA_HOME:+"$JAVA_HOME"} \
              "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
              /usr/lib/jvm/* /opt/java* /opt/jdk*; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(glossa_java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME=$(glossa_find_jdk); then
  echo "No JDK 21 or newer found (looked at \$JAVA_HOME, javac on the PATH, /usr/lib/jvm, /opt)." >&2
  echo "Install one, e.g. Temurin 21 or 25, and set JAVA_HOME to it." >&2
  exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
