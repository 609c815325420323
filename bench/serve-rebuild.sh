#!/usr/bin/env bash
# Measures the rebuilds of `sitrep serve` on a generated corpus: the server builds the site,
# then one article is added, and later removed again, ROUNDS times; each rebuild is timed by
# the server itself ("built: ... in X s", from the change being noticed to the site being
# committed, JVM already running) and printed beside the first build. Each round adds another
# article, one the server has not seen (see bench/rebuild-corpus.sh).
#
#   bench/serve-rebuild.sh [ARTICLES] [ROUNDS]      (defaults: 10000 3)
#
# Uses target/sitrep.jar through ./sitrep (run `mvn -B -q package -DskipTests` first) and the
# corpus of bench/incremental.sh (made on first use with ../shared/bench/gen-corpus.py).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
articles=${1:-10000}
rounds=${2:-3}
# shellcheck source=bench/rebuild-corpus.sh
. "$here/bench/rebuild-corpus.sh"
out="$work/serve-site"
log="$work/serve.log"
rm -rf "$out"

"$here/sitrep" serve --content "$corpus" --templates "$here/templates" --out "$out" --port 0 >"$log" 2>&1 &
server=$!
new_rel=""
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; [ -z "$new_rel" ] || rm -f "$corpus/$new_rel"' EXIT

builds() { grep -c '^built: ' "$log" || true; }
await() { # waits until the log has $1 "built:" lines (or a problem), prints the last one
  for _ in $(seq 1200); do
    if [ "$(builds)" -ge "$1" ]; then grep '^built: ' "$log" | tail -1; return; fi
    if grep -q 'problem' "$log"; then cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  echo "no build after 120 s" >&2; cat "$log" >&2; exit 1
}

echo "corpus: $articles articles; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first build:   $(await 1)"
n=1
for round in $(seq "$rounds"); do
  sleep 1
  new_rel=$(new_article "$round")
  mkdir -p "$(dirname "$corpus/$new_rel")" && cp "$extra/$new_rel" "$corpus/$new_rel"
  n=$((n + 1)); echo "one new  ($round): $(await $n)"
  sleep 1
  rm "$corpus/$new_rel"
  n=$((n + 1)); echo "removed  ($round): $(await $n)"
done
