# Sourced by bench/incremental.sh and bench/serve-rebuild.sh: the generated corpus of $articles
# articles (made once, seed 1, with the default content's settings) and the extra articles the
# rebuilds add and remove, one per round. Needs $here and $articles; sets $work, $corpus, $extra
# and the function new_article.
#
# Each round adds an article no build has seen (the next of $extra, in the order gen-corpus.py
# numbers them): adding the same one every round let caches keyed by content (the charts'
# drawings above all) serve the second and later rounds, which an analyst adding the day's
# articles never gets.
work=${BENCH_DIR:-/tmp/sitrep-bench}
gen=${GEN_CORPUS:-$here/../shared/bench/gen-corpus.py}
corpus="$work/corpus-$articles"
extra="$work/extra-$articles"
extra_count=${EXTRA_ARTICLES:-32}

mkdir -p "$work"
if [ ! -d "$corpus/articles" ]; then
  python3 "$gen" --articles "$articles" --out "$corpus" --seed 1 >/dev/null
fi
cp "$here/content/briefing.yaml" "$corpus/"
if [ -f "$here/content/entities.yaml" ]; then cp "$here/content/entities.yaml" "$corpus/"; fi
rm -rf "$extra"
python3 "$gen" --start "$articles" --articles "$extra_count" --out "$extra" --seed 1 >/dev/null
# the extra articles' paths under articles/, by the number that ends each file name
mapfile -t extra_rels < <(cd "$extra" && find articles -name '*.md' | awk -F- '{ print $NF "\t" $0 }' | sort -n | cut -f2)
for rel in "${extra_rels[@]}"; do rm -f "$corpus/$rel"; done # left by an interrupted run

# new_article N: the path under articles/ of the article round N (from 1) adds
new_article() {
  echo "${extra_rels[$(( ($1 - 1) % ${#extra_rels[@]} ))]}"
}
