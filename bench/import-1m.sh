#!/usr/bin/env bash
# End-to-end: `waymark import results` of a generated file of 1,000,000 rows (25,000 indicators x 40 quarters)
# into SQLite and into PostgreSQL, against psql's \copy of the same rows into the same results table.
# PostgreSQL is a throw-away server like the tests' one: initdb into a temporary folder, listening on 127.0.0.1
# only, on a free port, run as the postgres user when this script runs as root. Prints the elapsed time and peak
# memory (maximum resident set size) of each run; the rounds alternate waymark and psql so that both see the
# same load on a shared machine. WAYMARK_DLL=path/to/waymark.dll times another build of the command.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
rounds="${2:-3}"
data="$(mktemp -d)"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
server=""
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

stop_server() {
  if [ -n "$server" ] && [ -f "$server/data/postmaster.pid" ]; then
    "${as_postgres[@]}" "$pg_bin/pg_ctl" stop -w -t 30 -D "$server/data" -m fast >/dev/null || true
  fi
  rm -rf "$data" ${server:+"$server"}
}
trap stop_server EXIT

timed() {
  local label="$1"
  shift
  /usr/bin/time -f "$label: %e s elapsed, %U s user, %S s system, %M KB peak resident" "$@"
}

[ -n "${WAYMARK_DLL:-}" ] || dotnet build src/Waymark.Cli -c Release >/dev/null
dotnet build bench/Waymark.Benchmarks -c Release >/dev/null
waymark=(dotnet "${WAYMARK_DLL:-src/Waymark.Cli/bin/Release/net10.0/waymark.dll}")
dotnet bench/Waymark.Benchmarks/bin/Release/net10.0/Waymark.Benchmarks.dll generate "$data" "$rows"
echo "results.csv: $(wc -l < "$data/results.csv") lines, $(du -h "$data/results.csv" | cut -f1)"

echo "== SQLite"
"${waymark[@]}" import indicators "$data/indicators.csv" --database "sqlite:$data/indicators.db" >/dev/null
for round in $(seq "$rounds"); do
  cp "$data/indicators.db" "$data/waymark.db"
  timed "waymark import results, run $round" \
    "${waymark[@]}" import results "$data/results.csv" --database "sqlite:$data/waymark.db"
done

echo "== PostgreSQL ($("$pg_bin/postgres" --version))"
server="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir "$server/socket"
[ "$(id -u)" -eq 0 ] && chown -R postgres: "$server"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$server/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${as_postgres[@]}" "$pg_bin/pg_ctl" start -w -t 60 -D "$server/data" -l "$server/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $server/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d waymark)
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE waymark"
database="postgres:Host=127.0.0.1;Port=$port;Username=postgres;Database=waymark"
"${waymark[@]}" import indicators "$data/indicators.csv" --database "$database" >/dev/null

columns="indicator_id, period, period_start, value, numerator, denominator, provisional, data_quality, data_quality_note, commentary, predicted_year_end, entered_by, entered_at, illustrative, concurrency_version"
for round in $(seq "$rounds"); do
  "${psql[@]}" -c "TRUNCATE results"
  timed "waymark import results, run $round" \
    "${waymark[@]}" import results "$data/results.csv" --database "$database"
  if [ "$round" -eq 1 ]; then
    # The rows exactly as waymark stored them, as CSV, for psql to load.
    "${psql[@]}" -c "\\copy (SELECT $columns FROM results ORDER BY id) TO '$data/results-table.csv' WITH (FORMAT csv)"
    echo "results-table.csv: $(wc -l < "$data/results-table.csv") lines, $(du -h "$data/results-table.csv" | cut -f1)"
  fi
  timed "waymark import results again, all unchanged, run $round" \
    "${waymark[@]}" import results "$data/results.csv" --database "$database"
  "${psql[@]}" -c "TRUNCATE results"
  timed "psql copy into results, run $round" \
    "${psql[@]}" -c "\\copy results ($columns) FROM '$data/results-table.csv' WITH (FORMAT csv)"
done
echo "rows in results: $("${psql[@]}" -A -t -c "SELECT count(*) FROM results")"
