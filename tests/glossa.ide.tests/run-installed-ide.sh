#!/bin/sh
# Starts the bare Eclipse IDE into which the p2 director installed glossa.feature (see pom.xml), with the install
# probe switched on, and fails unless the probe reports RESULT PASS and the IDE logged no error.
#   run-installed-ide.sh IDE_DIR ARTICLE WORK_DIR
# Needs a display (scripts/test and .ci/run provide Xvfb). GLOSSA_PROBE_SHOT=file.png keeps the window 6 s after the
# checks and takes a screenshot of it (docs/ide-install.png was made so).
set -e
ide=$1
article=$2
work=$3
fail() { echo "glossa.ide.tests: FAILED: $*" >&2; exit 1; }
[ -n "$DISPLAY" ] || fail "no DISPLAY; run under xvfb-run (scripts/test does)"
rm -rf "$work"
mkdir -p "$work"
# An IDE install gets the bundles and nothing else: the product's launcher scripts are root files of glossa.rcp.feature.
for f in glossa glossa-cli glossa.bat; do
  [ ! -e "$ide/$f" ] || fail "$ide/$f exists: a root file of the standalone product reached the IDE"
done
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || fail "no launcher in $ide/plugins"
java=java
[ -n "$JAVA_HOME" ] && java="$JAVA_HOME/bin/java"
hold=0
[ -n "$GLOSSA_PROBE_SHOT" ] && hold=6
start=$(date +%s)
status=0
timeout 240 "$java" -Xmx1g -Dfile.encoding=UTF-8 -Dglossa.probe.result="$work/report.txt" \
  -Dglossa.probe.article="$article" -Dglossa.probe.holdSeconds=$hold \
  -jar "$launcher" -clean -data "$work/workspace" -consoleLog >"$work/console.log" 2>&1 &
pid=$!
if [ -n "$GLOSSA_PROBE_SHOT" ]; then
  while kill -0 $pid 2>/dev/null && [ ! -f "$work/report.txt" ]; do sleep 1; done
  sleep 3
  import -window root "$GLOSSA_PROBE_SHOT" && echo "glossa.ide.tests: screenshot $GLOSSA_PROBE_SHOT"
fi
wait $pid || status=$?
echo "glossa.ide.tests: the installed IDE ran $(( $(date +%s) - start )) s (exit $status); the probe reported:"
[ -f "$work/report.txt" ] || { cat "$work/console.log" >&2; fail "no report from the probe"; }
sed 's/^/  /' "$work/report.txt"
grep -q '^RESULT PASS$' "$work/report.txt" || { cat "$work/console.log" >&2; fail "the probe found problems"; }
log="$work/workspace/.metadata/.log"
if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  cat "$log" >&2
  fail "errors in the installed IDE's log"
fi
[ "$status" -eq 0 ] || fail "the IDE exited with $status"
echo "glossa.ide.tests: OK"
