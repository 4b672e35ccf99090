#!/usr/bin/env bash
# End-to-end: `waymark evaluate` on a generated results file of 1,000,000 rows (25,000 indicators x 40 quarters,
# 250,000 targets). Prints the elapsed time and peak memory (maximum resident set size) of each of five runs.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

dotnet build src/Waymark.Cli -c Release >/dev/null
dotnet build bench/Waymark.Benchmarks -c Release >/dev/null
dotnet bench/Waymark.Benchmarks/bin/Release/net10.0/Waymark.Benchmarks.dll generate "$data" "$rows"
echo "results.csv: $(wc -l < "$data/results.csv") lines, $(du -h "$data/results.csv" | cut -f1)"

for run in 1 2 3 4 5; do
  /usr/bin/time -f "run $run: %e s elapsed, %M KB peak resident" \
    dotnet src/Waymark.Cli/bin/Release/net10.0/waymark.dll evaluate \
      --indicators "$data/indicators.csv" --targets "$data/targets.csv" --results "$data/results.csv" \
      --period "2009/10 Q4" --format csv --out "$data/out.csv"
done
echo "rows out: $(($(wc -l < "$data/out.csv") - 1))"
