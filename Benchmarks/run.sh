#!/usr/bin/env bash
# The Preflight speed benchmark (see docs/performance.md).
#
#   Benchmarks/run.sh [N...]          N = number of agents in the synthetic tree (default: 1000)
#
# For each N it generates (or reuses) a seeded synthetic monorepo, runs the floor (walk +
# libyaml event parse of every YAML/JSON file, multi-threaded) and `preflight scan --format
# json` RUNS times each, and prints the medians of wall time, user+sys CPU time and peak
# RSS, measured with GNU time (/usr/bin/time -v). Exits 0 unless a run crashed.
#
# Environment:
#   PREFLIGHT_BIN  use this preflight binary instead of building one
#   BUILD_ARGS     extra arguments for `swift build -c release --static-swift-stdlib` (e.g.
#                  "--scratch-path .build-me")
#   RUNS           timed runs per measurement (default 5; an untimed floor run first warms the page cache)
#   SEED           generator seed (default 1)
#   THREADS        floor threads (default: every core, as Preflight uses)
#   BENCH_DIR      where trees, the floor binary and reports go (default: ${TMPDIR:-/tmp}/preflight-bench)
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
runs="${RUNS:-5}"
seed="${SEED:-1}"
threads="${THREADS:-$(nproc)}"
bench_dir="${BENCH_DIR:-${TMPDIR:-/tmp}/preflight-bench}"
timer=/usr/bin/time
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000)
crashed=0

die() { echo "run.sh: $*" >&2; exit 2; }

[ -x "$timer" ] || die "GNU time is needed at $timer"
for n in "${sizes[@]}"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "not a number of agents: $n"; done
mkdir -p "$bench_dir"

# --- the programs --------------------------------------------------------------------------
if [ -n "${PREFLIGHT_BIN:-}" ]; then
    preflight="$PREFLIGHT_BIN"
else
    echo "building preflight (release)..." >&2
    # shellcheck disable=SC2086 # BUILD_ARGS is a list of arguments
    # Built as shipped: the Swift runtime and Foundation linked in, so that a run does not
    # spend its first 10 ms resolving their symbols.
    (cd "$repo" && swift build -c release --static-swift-stdlib ${BUILD_ARGS:-} >&2) || die "swift build failed"
    # shellcheck disable=SC2086
    preflight="$(cd "$repo" && swift build -c release --static-swift-stdlib ${BUILD_ARGS:-} --show-bin-path)/preflight"
fi
[ -x "$preflight" ] || die "no preflight binary at $preflight"

floor="$bench_dir/floor"
if [ ! -x "$floor" ] || [ "$here/floor/floor.c" -nt "$floor" ]; then
    # shellcheck disable=SC2046 # pkg-config prints several flags
    cc -O2 -o "$floor" "$here/floor/floor.c" $(pkg-config --cflags --libs yaml-0.1) -lpthread || die "could not build the floor"
fi

# --- measuring -----------------------------------------------------------------------------

# measure LABEL COMMAND...: runs COMMAND RUNS times under GNU time; sets wall, cpu (seconds,
# medians) and rss (MB, median). Exit statuses 0 and 1 are normal (preflight exits 1 when
# the tree is not ready); anything else counts as a crash.
measure() {
    local label="$1"; shift
    local walls=() cpus=() rsss=() log="$bench_dir/time.log" status
    for ((run = 1; run <= runs; run++)); do
        "$timer" -v -o "$log" "$@" >/dev/null 2>"$bench_dir/stderr.log"
        status=$(awk -F': ' '/Exit status/ {print $2}' "$log")
        if grep -q "terminated by signal" "$log" || [ -z "$status" ] || [ "$status" -gt 1 ]; then
            echo "run.sh: $label crashed or failed (exit ${status:-signal}):" >&2
            cat "$bench_dir/stderr.log" >&2
            crashed=1
        fi
        walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, part, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + part[i]; print s }' "$log")")
        cpus+=("$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")")
        rsss+=("$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$log")")
    done
    wall=$(median "${walls[@]}")
    cpu=$(median "${cpus[@]}")
    rss=$(median "${rsss[@]}")
    echo "  $label: wall ${walls[*]} s; cpu ${cpus[*]} s; rss ${rsss[*]} MB" >&2
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# --- the runs ------------------------------------------------------------------------------
generator_hash=$(sha256sum "$here/generate.py" | cut -c1-12)
declare -A row_files row_floor_wall row_floor_cpu row_scan_wall row_scan_cpu row_scan_rss row_scan_files
for n in "${sizes[@]}"; do
    tree="$bench_dir/tree-n$n-seed$seed"
    key="generate.py=$generator_hash seed=$seed agents=$n"
    if [ "$(cat "$tree.key" 2>/dev/null)" != "$key" ]; then
        echo "generating $n agents into $tree..." >&2
        python3 "$here/generate.py" --agents "$n" --seed "$seed" --output "$tree" >&2 || die "generator failed"
        echo "$key" >"$tree.key"
    fi
    echo "N=$n ($runs runs each, after one untimed floor run that brings the tree into the page cache)" >&2
    "$floor" --threads "$threads" "$tree" >/dev/null
    measure floor "$floor" --threads "$threads" "$tree"
    row_floor_wall[$n]=$wall; row_floor_cpu[$n]=$cpu
    row_files[$n]=$("$floor" --threads "$threads" "$tree" | sed -n 's/^files=\([0-9]*\).*/\1/p')
    report="$bench_dir/report-n$n.json"
    measure "preflight scan" "$preflight" scan "$tree" --format json -o "$report"
    row_scan_wall[$n]=$wall; row_scan_cpu[$n]=$cpu; row_scan_rss[$n]=$rss
    row_scan_files[$n]=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(len(r["files"]) + len(r["skipped"]))' \
        "$report" 2>/dev/null || echo "?")
done

# --- the table -----------------------------------------------------------------------------
echo
echo "Preflight speed benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), seed $seed, medians of $runs runs"
echo "preflight: $preflight"
printf '%8s %7s %11s %10s %11s %10s %11s %9s %13s\n' \
    N files floor_wall floor_cpu scan_wall scan_cpu scan/floor scan_MB ms/agent
first=${sizes[0]}
for n in "${sizes[@]}"; do
    ratio=$(awk -v s="${row_scan_wall[$n]}" -v f="${row_floor_wall[$n]}" 'BEGIN {printf "%.1fx", (f > 0 ? s / f : 0)}')
    per_agent=$(awk -v s="${row_scan_wall[$n]}" -v n="$n" 'BEGIN {printf "%.2f", s * 1000 / n}')
    printf '%8s %7s %10.2fs %9.2fs %10.2fs %9.2fs %11s %9.1f %13s\n' "$n" "${row_files[$n]}" \
        "${row_floor_wall[$n]}" "${row_floor_cpu[$n]}" "${row_scan_wall[$n]}" "${row_scan_cpu[$n]}" "$ratio" \
        "${row_scan_rss[$n]}" "$per_agent"
done
echo "(files: YAML/JSON files the floor parsed; preflight read or skipped with a reason:$(for n in "${sizes[@]}"; do printf ' %s' "${row_scan_files[$n]}"; done))"

# --- the targets ---------------------------------------------------------------------------
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT met"; fi; }
for n in "${sizes[@]}"; do
    if [ "$n" = 1000 ]; then
        ok=$(awk -v s="${row_scan_wall[$n]}" -v f="${row_floor_wall[$n]}" 'BEGIN {print (s <= 3 * f) ? 1 : 0}')
        echo "target N=1000: scan wall <= 3x floor wall: $(verdict "$ok")"
    fi
    if [ "$n" = 10000 ]; then
        ok=$(awk -v m="${row_scan_rss[$n]}" 'BEGIN {print (m < 150) ? 1 : 0}')
        echo "target N=10000: peak memory < 150 MB: $(verdict "$ok")"
    fi
    if [ "$n" != "$first" ]; then
        ok=$(awk -v a="${row_scan_wall[$n]}" -v n="$n" -v b="${row_scan_wall[$first]}" -v m="$first" \
            'BEGIN {print ((a / n) <= 1.5 * (b / m)) ? 1 : 0}')
        echo "target N=$n: time per agent within 1.5x of N=$first's: $(verdict "$ok")"
    fi
done
exit "$crashed"
