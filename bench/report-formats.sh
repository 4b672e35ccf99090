#!/usr/bin/env bash
# `waymark report` in each format for a board with 200 indicators (five quarters of results, annual targets) and
# ten high-risk priorities with a tracker each (150 indicators aligned to them, 50 to none; trackers red, amber or
# green), end to end with hyperfine beside `waymark --help` (start-up).
# The store is made with the importers from files written by bench/report-data.py. Before the cold runs, each
# format is also built and written several times in one process (`waymark report --repeat`), which prints the time
# of each step: opening the store, building the report, writing the file.
# Usage: bash bench/report-formats.sh [INDICATORS]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-200}"
dll="${WAYMARK_DLL:-src/Waymark.Cli/bin/Release/net10.0/waymark.dll}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -n "${WAYMARK_NO_BUILD:-}" ] || dotnet build src/Waymark.Cli -c Release >/dev/null
python3 bench/report-data.py "$work" "$count"
db="sqlite:$work/report.db"
for kind in indicators targets results framework; do
  file="$work/$kind.csv"; [ "$kind" = framework ] && file="$work/framework.json"
  dotnet "$dll" import "$kind" "$file" --database "$db" >/dev/null
done

board="Performance Scrutiny Board"
report() { echo "dotnet $dll report --board '$board' --period '2010/11 Q3' --contents both --database $db --format $1 --out $work/report.$1"; }
for format in html csv docx xlsx pdf; do eval "$(report $format)"; done
ls -l "$work"/report.*
echo "csv indicator appendix: $(($(wc -l < "$work/report.csv") - 1)) indicators; docx pictures: $(unzip -l "$work/report.docx" | grep -c 'word/media/.*\.png')"

# Warm, in one process: each format built and written REPEAT times (default 6), every step timed.
for format in html csv docx xlsx pdf; do
  echo "== $format, in process"
  eval "$(report $format) --repeat ${REPEAT:-6}"
done

bash bench/machine.sh
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "${MARKDOWN:-/dev/null}" \
  "dotnet $dll --help" "$(report html)" "$(report csv)" "$(report docx)" "$(report xlsx)" "$(report pdf)"
echo "load: $(uptime)"
