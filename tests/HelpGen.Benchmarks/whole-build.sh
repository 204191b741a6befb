#!/usr/bin/env bash
# whole-build.sh - times whole `helpgen build` runs (process start to exit) on a generated corpus, and Hugo's
# build of the same corpus when hugo is installed; prints median wall seconds, CPU seconds, pages/s and peak RSS.
#
#   tests/HelpGen.Benchmarks/whole-build.sh [-a ARTICLES] [-n RUNS] [-w WORKDIR] [-k BENCH_KIT]
#
# -a articles per language (default 1000), -n runs per tool after one warm-up (default 3), -w work folder for the
# corpus and outputs (default a new folder under /dev/shm, else $TMPDIR; reused when given), -k the benchmark kit
# with gen-corpus.py and to-hugo.py (default ../shared/bench next to the repository). HelpGen is published once
# (Release, Native AOT: what `dotnet publish -r <rid>` makes) into WORKDIR/helpgen. Also times rebuilds into a built folder: with nothing changed
# (helpgen-nochange) and after one edited article body (helpgen-one-edit: a paragraph appended to one English
# article per run; the file is restored afterwards), and `helpgen build` of the repository's sample articles/
# (start-up). The full HelpGen build is timed twice: "helpgen" is a clean build (the output folder and
# .helpgen-cache/ removed before each run, as on a fresh CI machine), "helpgen-warm" removes only the output
# folder, so each run finds the front-matter cache and article store of the one before (as vs-hugo.sh does).
# Wall time is GNU time's elapsed time; on a shared machine compare CPU seconds too.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
articles=1000 runs=3 work="" kit="$repo/../shared/bench"
while getopts "a:n:w:k:h" opt; do
  case $opt in
    a) articles=$OPTARG ;; n) runs=$OPTARG ;; w) work=$OPTARG ;; k) kit=$OPTARG ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "missing: /usr/bin/time (apt-get install time)" >&2; exit 2; }
if [ -z "$work" ]; then work=$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/helpgen-bench.XXXXXX"); fi
mkdir -p "$work"
corpus="$work/corpus-$articles" hugo_src="$work/hugo-$articles" out="$work/out"

rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish "$repo/src/HelpGen.Cli" -c Release -r "$rid" -o "$work/helpgen" -v quiet -nologo >&2   # Native AOT
helpgen="$work/helpgen/HelpGen.Cli"
[ -f "$corpus/site.yml" ] || python3 "$kit/gen-corpus.py" --articles "$articles" --out "$corpus" --quiet >&2

# timed NAME COMMAND...: one run, its wall, user, system seconds and peak RSS appended to time-NAME.txt
timed() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/one.txt" "$@" >/dev/null 2>"$work/stderr-$name.txt" || { cat "$work/stderr-$name.txt" >&2; exit 1; }
  cat "$work/one.txt" >> "$work/time-$name.txt"
}

# measure NAME COMMAND...: RUNS timed runs after one warm-up, each into an empty $out (and without the build
# cache next to it when COLD=1)
measure() {
  local name=$1; shift
  : > "$work/time-$name.txt"
  for i in $(seq 0 "$runs"); do
    rm -rf "$out"
    [ "${COLD:-0}" = 1 ] && rm -rf "$work/.helpgen-cache"
    timed "$name" "$@"
  done
  sed -i 1d "$work/time-$name.txt"
  report "$name"
}

# rebuilds: after one full build into $out, RUNS no-change rebuilds and RUNS rebuilds after one edited article
rebuilds() {
  local article; article=$(find "$corpus/en" -name '*.md' | sort | sed -n 100p)
  cp "$article" "$work/edited-article.md"
  rm -rf "$out"; : > "$work/time-helpgen-nochange.txt"; : > "$work/time-helpgen-one-edit.txt"
  "$helpgen" build --source "$corpus" --output "$out" --quiet
  for i in $(seq 1 "$runs"); do
    timed helpgen-nochange "$helpgen" build --source "$corpus" --output "$out"
    printf '\nOne more paragraph, written for rebuild %s.\n' "$i" >> "$article"
    timed helpgen-one-edit "$helpgen" build --source "$corpus" --output "$out"
  done
  cp "$work/edited-article.md" "$article"
  report helpgen-nochange
  report helpgen-one-edit
}

# report NAME: the median line of time-NAME.txt, with the pages in $out
report() {
  local name=$1 log="$work/time-$1.txt"
  local pages; pages=$(find "$out" -name '*.html' | wc -l)
  python3 - "$name" "$log" "$pages" <<'PY'
import statistics, sys
name, log, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [list(map(float, l.split())) for l in open(log) if l.strip()]
wall = statistics.median(r[0] for r in rows); cpu = statistics.median(r[1] + r[2] for r in rows)
rss = statistics.median(r[3] for r in rows) / 1024
print(f"{name:16}{wall:9.2f}{min(r[0] for r in rows):8.2f}{max(r[0] for r in rows):8.2f}{cpu:9.1f}{pages:8d}{pages / wall:9.0f}{rss:11.0f}")
PY
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); corpus: $articles articles per language; $runs runs after 1 warm-up"
printf '%-16s%9s%8s%8s%9s%8s%9s%11s\n' tool "wall s" min max "CPU s" pages pages/s "RSS MiB"
COLD=1 measure helpgen "$helpgen" build --source "$corpus" --output "$out"
measure helpgen-warm "$helpgen" build --source "$corpus" --output "$out"
rebuilds
if command -v hugo >/dev/null 2>&1; then
  [ -f "$hugo_src/config.json" ] || python3 "$kit/to-hugo.py" --src "$corpus" --out "$hugo_src" >&2
  measure hugo hugo --quiet -s "$hugo_src" -d "$out"
fi
measure helpgen-sample "$helpgen" build --source "$repo/articles" --output "$out"
rm -rf "$out"
echo "work folder: $work (delete it when done)"
