#!/usr/bin/env bash
# Whole-build benchmark: bench/build.sh [N ...]   (default: 1000 10000 100000)
#
# For each N: a corpus of N articles from `sitrep corpus` (seed 1, kept in $WORK), then
# $RUNS builds (default 3) of it into a fresh folder with ./sitrep, each reported with wall
# time, CPU time (user + system of the process tree), peak memory (max RSS) and HTML pages per
# second of wall time, plus the load average before the run (the machine may be shared).
#   WORK=/tmp/sitrep-bench RUNS=3 SITREP_JAVA_OPTS=-Xmx4g bench/build.sh 100000
set -euo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-${TMPDIR:-/tmp}/sitrep-bench}
runs=${RUNS:-3}
sizes=${*:-1000 10000 100000}
mkdir -p "$work"
[ -f target/sitrep.jar ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for n in $sizes; do
  corpus=$work/corpus-$n
  [ -d "$corpus" ] || ./sitrep corpus --articles "$n" --out "$corpus" --seed 1 >/dev/null
  for run in $(seq 1 "$runs"); do
    out=$work/site-$n; rm -rf "$out"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    python3 - "$n" "$run" "$load" "$out" ./sitrep build --content "$corpus" --out "$out" <<'PY'
import resource, subprocess, sys, time, pathlib
n, run, load, out, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
t = time.perf_counter()
code = subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
pages = sum(1 for _ in pathlib.Path(out).rglob("*.html")) if code == 0 else 0
print(f"N={n:>6} run {run}: wall {wall:7.1f} s  cpu {ru.ru_utime + ru.ru_stime:7.1f} s  "
      f"peak {ru.ru_maxrss / 1024:6.0f} MiB  {pages:>6} pages  {pages / wall:6.0f} pages/s  "
      f"exit {code}  (load {load})", flush=True)
PY
  done
done
