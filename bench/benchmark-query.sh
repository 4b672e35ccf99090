#!/usr/bin/env bash
# `waymark benchmark --measure CP_conf_15days --area 383 --period 2023/24` on a store holding the whole LAIT data
# (filled once by `waymark demo`): the whole command's wall time with hyperfine beside `waymark --help` (start-up),
# then the work alone, in process, with BenchmarkDotNet (BenchmarkQueryBenchmarks, short job).
# Usage: bash bench/benchmark-query.sh [DATABASE_FILE]   (default /tmp/waymark-benchmark.db, kept between runs)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-/tmp/waymark-benchmark.db}"
dll="${WAYMARK_DLL:-src/Waymark.Cli/bin/Release/net10.0/waymark.dll}"

[ -n "${WAYMARK_NO_BUILD:-}" ] || dotnet build src/Waymark.Cli -c Release >/dev/null
if [ ! -f "$db" ]; then
  /usr/bin/time -f "waymark demo: %e s elapsed" dotnet "$dll" demo --database "sqlite:$db"
fi

bash bench/machine.sh
dotnet "$dll" benchmark --measure CP_conf_15days --area 383 --period 2023/24 --database "sqlite:$db"
hyperfine --warmup 2 --runs "${RUNS:-15}" -N \
  "dotnet $dll --help" \
  "dotnet $dll benchmark --measure CP_conf_15days --area 383 --period 2023/24 --database sqlite:$db"
echo "load: $(uptime)"

[ -n "${WAYMARK_NO_BUILD:-}" ] || dotnet build bench/Waymark.Benchmarks -c Release >/dev/null
WAYMARK_BENCH_DATABASE="sqlite:$db" dotnet bench/Waymark.Benchmarks/bin/Release/net10.0/Waymark.Benchmarks.dll \
  --filter '*BenchmarkQueryBenchmarks*' --job short --inProcess
echo "load: $(uptime)"
