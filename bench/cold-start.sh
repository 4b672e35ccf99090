#!/usr/bin/env bash
# The cold start of the command line: whole processes, each timed several times with hyperfine (-N, no shell),
# beside two anchors measured in the same run:
#   - a .NET hello world, built here into a temporary folder (what the runtime itself costs to start);
#   - sqlite3 answering the benchmark's queries on the same store (the measure, the LAs, the period's figures and
#     Leeds's neighbours; it reads them and benchmarks nothing: no rank, no band, no average, no checks).
# Then `waymark --help` (start-up alone), `waymark benchmark` for one LA, `waymark benchmark --all-areas` (every LA in
# one process) and `waymark report --format html` for the demo board, the same report warm in one process
# (`--repeat`), and once, every LA that --all-areas answers asked one process at a time; with the median of each, its
# CPU time and their ratios to the hello world. The command line is the one scripts/waymark runs (ReadyToRun).
# The store is the demo (`waymark demo`), filled once and kept between runs.
# Usage: bash bench/cold-start.sh [DATABASE_FILE]   (default /tmp/waymark-cold.db)
#   RUNS (default 10): runs of each command; WAYMARK_NO_BUILD=1: use the build already made;
#   WAYMARK_ENV="NAME=VALUE ...": runtime settings for the waymark commands (e.g. DOTNET_TieredPGO=0).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
db="${1:-/tmp/waymark-cold.db}"
runs="${RUNS:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The command line as scripts/waymark runs it: published ReadyToRun into .build/waymark (WAYMARK_CLI_DIR: another
# published build, such as one from `dotnet publish src/Waymark.Cli -c Release -o DIR` without ReadyToRun).
cli="${WAYMARK_CLI_DIR:-$root/.build/waymark}"
if [ -z "${WAYMARK_NO_BUILD:-}" ] && [ -z "${WAYMARK_CLI_DIR:-}" ]; then
  bash scripts/waymark --help >/dev/null
fi
waymark="$cli/waymark.dll"

if [ ! -f "$db" ]; then
  /usr/bin/time -f "waymark demo: %e s elapsed" dotnet "$waymark" demo --database "sqlite:$db" >/dev/null
fi

# The anchor: a console program that prints one line, published framework-dependent in Release and run by `dotnet`
# as waymark is.
mkdir -p "$work/hello"
cat >"$work/hello/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
EOF
echo 'Console.WriteLine("Hello, world");' >"$work/hello/Program.cs"
dotnet publish "$work/hello" -c Release -o "$work/hello/out" >/dev/null

# The benchmark's reads, as plain SQL: the measure, every LA, the period's figures with their areas, the LA's neighbours.
cat >"$work/benchmark.sql" <<'EOF'
SELECT id, code, polarity, decimals FROM indicators WHERE code = 'CP_conf_15days';
SELECT id, code, name, region_id FROM areas WHERE kind = 'la';
SELECT v.area_id, v.value, a.code FROM area_values v JOIN areas a ON a.id = v.area_id
  WHERE v.indicator_id = (SELECT id FROM indicators WHERE code = 'CP_conf_15days') AND v.period = '2023/24';
SELECT n.area_id, n.neighbour_area_id FROM neighbours n
  WHERE n.model_id = (SELECT id FROM neighbour_models ORDER BY model_date DESC LIMIT 1)
    AND n.area_id = (SELECT id FROM areas WHERE kind = 'la' AND code = '383') ORDER BY n.position;
EOF

env_prefix=""
[ -z "${WAYMARK_ENV:-}" ] || env_prefix="env $WAYMARK_ENV "
benchmark="${env_prefix}dotnet $waymark benchmark --measure CP_conf_15days --area 383 --period 2023/24 --database sqlite:$db"
all_areas="${env_prefix}dotnet $waymark benchmark --measure CP_conf_15days --all-areas --period 2023/24 --format csv --database sqlite:$db"
# The same answers one LA a process: every LA --all-areas answers, one call each, as a script would ask them.
sqlite3 -readonly "$db" "SELECT a.code FROM area_values v JOIN areas a ON a.id = v.area_id JOIN indicators i ON i.id = v.indicator_id
  WHERE i.code = 'CP_conf_15days' AND v.period = '2023/24' AND a.kind = 'la' ORDER BY a.code" >"$work/las.txt"
cat >"$work/one-by-one.sh" <<EOF
while read -r la; do ${env_prefix}dotnet $waymark benchmark --measure CP_conf_15days --area "\$la" --period 2023/24 --format csv --database sqlite:$db >/dev/null; done <"$work/las.txt"
EOF
report="${env_prefix}dotnet $waymark report --board \"Children's Services Scrutiny Board\" --period \"2010/11 Q3\" --format html --out $work/report.html --database sqlite:$db"

eval "$benchmark"
bash bench/machine.sh
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/times.json" \
  -n "hello world" "dotnet $work/hello/out/hello.dll" \
  -n "sqlite3 query" "sqlite3 -readonly $db \".read $work/benchmark.sql\"" \
  -n "waymark --help" "${env_prefix}dotnet $waymark --help" \
  -n "waymark benchmark" "$benchmark" \
  -n "waymark benchmark --all-areas" "$all_areas" \
  -n "waymark report html" "$report" >"$work/hyperfine.txt"
# Once: every LA one process at a time (about 150 whole processes).
hyperfine -N --runs 1 --export-json "$work/one-by-one.json" -n "waymark benchmark, each LA a process" "bash $work/one-by-one.sh" >/dev/null
echo "LAs asked one by one: $(wc -l <"$work/las.txt")"
echo "load: $(uptime)"

# Warm: the same report built and written six times in one process; runs 2 to 6 are warm.
warm="$(eval "$report --repeat 6" | grep '^run ')"
echo "$warm"

python3 - "$work/times.json" "$warm" "$work/one-by-one.json" <<'EOF'
import json, re, statistics, sys
results = json.load(open(sys.argv[1]))["results"] + json.load(open(sys.argv[3]))["results"]
warm = [int(b) + int(w) for b, w in re.findall(r"run [2-9]\d*: build (\d+) ms, write \w+ (\d+) ms", sys.argv[2])]
median = {r["command"]: statistics.median(r["times"]) for r in results}
hello = median["hello world"]
print()
cpu = {r["command"]: r["user"] + r["system"] for r in results}
print("| command | median | min | max | runs | × hello world | CPU (user + system, mean) | CPU × hello world |")
print("|---|---|---|---|---|---|---|---|")
for r in results:
    t, c = r["times"], r["command"]
    print(f"| {c} | {median[c] * 1000:.0f} ms | {min(t) * 1000:.0f} ms | {max(t) * 1000:.0f} ms | {len(t)} | {median[c] / hello:.1f} | {cpu[c] * 1000:.0f} ms | {cpu[c] / cpu['hello world']:.1f} |")
if warm:
    w = statistics.median(warm)
    print(f"| report html, warm in one process (build + write, runs 2 to 6) | {w:.0f} ms | {min(warm)} ms | {max(warm)} ms | {len(warm)} | {w / 1000 / hello:.1f} | | |")
    print(f"\ncold report html / warm: {median['waymark report html'] * 1000 / w:.1f}")
print(f"waymark benchmark / sqlite3: {median['waymark benchmark'] / median['sqlite3 query']:.1f}")
print(f"each LA a process / --all-areas: {median['waymark benchmark, each LA a process'] / median['waymark benchmark --all-areas']:.1f}")
EOF
