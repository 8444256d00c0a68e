#!/bin/sh
# Measures jshell's start-up, in one run so both see the same load: a bare jshell printing 1,
# against jshell opened with alf's start-up script (as the README says to open it) printing the
# first allocation. Runs each N times, interleaved, and prints the median and minimum of each in
# seconds and their ratio. From the repository root, after ./mvnw -B -q install -DskipTests:
#
#   alf-examples/scripts/jshell-startup.sh [N]        (N defaults to 7)
#
# The alf runs open jshell as the README says: --execution local -J-cp -J<jar> --class-path <jar>
# (the snippets run in jshell's own JVM, so no second JVM starts). ALF_OPTIONS replaces the
# options before --class-path, to compare ways of opening it: ALF_OPTIONS= (empty) measures
# jshell's default, a second JVM for the snippets. The bare run takes no options. JSHELL names
# the jshell to use (default: the one next to java on the PATH).
set -eu
n=${1:-7}
jshell=${JSHELL:-$(dirname "$(readlink -f "$(command -v java)")")/jshell}
jar=alf-examples/target/alf.jar
script=alf-examples/src/main/jshell/alf.jsh
[ -f "$jar" ] || { echo "jshell-startup.sh: $jar not found; build it first" >&2; exit 2; }
alf_options=${ALF_OPTIONS-"--execution local -J-cp -J$jar"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'System.out.println(1)\n/exit\n' > "$tmp/one.jsh"
printf 'System.out.println(proposal.allocate(published, Year.of(2027)).region(AlfRegion.OREBRO).total())\n/exit\n' > "$tmp/first.jsh"

now() { date +%s%N; }
run() { # label, then the command: appends the seconds taken to $tmp/label
  label=$1; shift
  start=$(now)
  "$@" > "$tmp/$label.out" 2>&1 || { cat "$tmp/$label.out" >&2; exit 1; }
  end=$(now)
  echo "$start $end" | awk '{printf "%.3f\n", ($2 - $1) / 1e9}' >> "$tmp/$label"
}
i=0
while [ "$i" -lt "$n" ]; do
  run bare "$jshell" "$tmp/one.jsh"
  # shellcheck disable=SC2086
  run alf "$jshell" $alf_options --class-path "$jar" "$script" "$tmp/first.jsh"
  i=$((i + 1))
done
grep -qx 1 "$tmp/bare.out" || { echo "bare jshell printed: $(cat "$tmp/bare.out")" >&2; exit 1; }
grep -q ' kr$' "$tmp/alf.out" || { echo "alf's jshell printed: $(cat "$tmp/alf.out")" >&2; exit 1; }
stats() { # median and minimum of the times in $tmp/$1
  sort -n "$tmp/$1" | awk '{a[NR] = $1}
    END {if (NR % 2) m = a[(NR + 1) / 2]; else m = (a[NR / 2] + a[NR / 2 + 1]) / 2;
      printf "%.2f %.2f\n", m, a[1]}'
}
set -- $(stats bare) $(stats alf)
echo "runs: $n each, interleaved; jshell: $jshell; alf's options: ${alf_options:-none}"
echo "bare jshell printing 1:          median $1 s, min $2 s"
echo "alf.jsh + the first allocation:  median $3 s, min $4 s ($(cat "$tmp/alf.out"))"
awk -v a="$3" -v b="$1" -v c="$4" -v d="$2" \
  'BEGIN {printf "ratio alf/bare: median %.2f, min %.2f\n", a / b, c / d}'
