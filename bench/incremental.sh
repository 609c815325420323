#!/usr/bin/env bash
# Measures incremental builds against a full build on a generated corpus.
#
#   bench/incremental.sh [ARTICLES] [FULL_RUNS] [REBUILD_RUNS]      (defaults: 10000 2 3)
#
# For each full run: a full build into an empty folder, then REBUILD_RUNS times each of
#   - a rebuild with nothing changed,
#   - a rebuild after one new article, another in each round (see bench/rebuild-corpus.sh),
#   - a rebuild after that article was removed again.
# Prints wall and CPU times (JVM start-up included, as users see it) and each rebuild as a
# percentage of the full build. On a shared machine the CPU times vary less than wall times. Uses target/sitrep.jar through ./sitrep: run `mvn -B -q package -DskipTests`
# first. Set SITREP_JAVA_OPTS=-Dsitrep.timings=true to see the time of each stage.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
articles=${1:-10000}
full_runs=${2:-2}
rebuild_runs=${3:-3}
# shellcheck source=bench/rebuild-corpus.sh
. "$here/bench/rebuild-corpus.sh"
out="$work/site"

build() { # prints "wall cpu" seconds of one build (cpu: user + system, less bent by other load)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
    "$here/sitrep" build --content "$corpus" --templates "$here/templates" --out "$out" "$@" >"$work/last.log" 2>&1 \
    || { cat "$work/last.log" >&2; exit 1; }
  cat "$work/last.log" >>"$work/all.log"
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$work/time"
}
peak() { awk '{ printf "%d MB", $4 / 1024 }' "$work/time"; } # peak resident memory of the last build
pct() { echo "scale=1; 100 * $1 / $2" | bc; }
show() { # label, "wall cpu" of the rebuild, "wall cpu" of the full build, summary
  set -- "$1" $2 $3 "$4"
  echo "  $1 wall $2 s = $(pct "$2" "$4") %, cpu $3 s = $(pct "$3" "$5") %, peak $(peak)  [$6]"
}

echo "corpus: $articles articles in $corpus; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
round=0
new_rel=""
trap '[ -z "$new_rel" ] || rm -f "$corpus/$new_rel"' EXIT
for run in $(seq "$full_runs"); do
  rm -rf "$out"
  full=$(build)
  echo "run $run: full build wall/cpu ${full% *} s / ${full#* } s, peak $(peak) ($(tail -1 "$work/last.log"))"
  for i in $(seq "$rebuild_runs"); do
    same=$(build)
    show "no change" "$same" "$full" "$(tail -1 "$work/last.log")"
    round=$((round + 1))
    new_rel=$(new_article "$round")
    mkdir -p "$(dirname "$corpus/$new_rel")" && cp "$extra/$new_rel" "$corpus/$new_rel"
    added=$(build)
    show "one new  " "$added" "$full" "$(tail -1 "$work/last.log")"
    rm "$corpus/$new_rel"
    removed=$(build)
    show "removed  " "$removed" "$full" "$(tail -1 "$work/last.log")"
  done
done
