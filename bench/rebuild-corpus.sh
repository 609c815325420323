# Sourced by bench/incremental.sh and bench/serve-rebuild.sh: the generated corpus of $articles
# articles (made once, seed 1, with the default content's settings) and the one extra article
# the rebuilds add and remove. Needs $here and $articles; sets $work, $corpus, $extra, $new_rel.
work=${BENCH_DIR:-/tmp/sitrep-bench}
gen=${GEN_CORPUS:-$here/../shared/bench/gen-corpus.py}
corpus="$work/corpus-$articles"
extra="$work/extra-$articles"

mkdir -p "$work"
if [ ! -d "$corpus/articles" ]; then
  python3 "$gen" --articles "$articles" --out "$corpus" --seed 1 >/dev/null
fi
cp "$here/content/briefing.yaml" "$corpus/"
if [ -f "$here/content/entities.yaml" ]; then cp "$here/content/entities.yaml" "$corpus/"; fi
rm -rf "$extra"
python3 "$gen" --start "$articles" --articles 1 --out "$extra" --seed 1 >/dev/null
new_rel=$(cd "$extra" && find articles -name '*.md' | head -1)
