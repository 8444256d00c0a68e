#!/bin/sh
# Builds alf's HTML report and renders it in headless Chromium to a PNG, then checks that the
# picture is not trivial: the page drew (not one colour), and the chart's bars are in it.
#
#   alf-examples/scripts/report-screenshot.sh [OUT_DIR]     (default alf-examples/target/report)
#
# Needs Java 17+ and Chromium (Debian: sudo apt-get install -y chromium; or set CHROMIUM to its
# path). Builds alf.jar first unless ALF_JAR names one. Exit status 0 when the PNG passes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/alf-examples/target/report}
mkdir -p "$out"
out=$(cd "$out" && pwd)
jar=${ALF_JAR:-$root/alf-examples/target/alf.jar}
if [ -z "${ALF_JAR:-}" ]; then
  (cd "$root" && ./mvnw -B -q -pl alf-examples -am package -DskipTests)
fi
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  echo "report-screenshot: no chromium on the PATH; install it (sudo apt-get install -y" \
    "chromium) or set CHROMIUM" >&2
  exit 2
fi

java -jar "$jar" report alf-2014 pm-2024 2024 2030 -o "$out/report.html"
rm -f "$out/report.png"
# Chromium writes diagnostics (D-Bus, GPU) on its error stream: kept in a log, not shown.
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --screenshot="$out/report.png" --window-size=1200,3000 "file://$out/report.html" \
  > "$out/chromium.log" 2>&1 || { cat "$out/chromium.log" >&2; exit 1; }
java "$here/PngCheck.java" "$out/report.png" 1200 3000
echo "report-screenshot: $out/report.html rendered to $out/report.png"
