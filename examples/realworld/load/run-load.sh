#!/usr/bin/env bash
# Load test of Conduit: seeds a fresh database (CONDUIT_DATASET=large, the default: 10,000 users, 100,000
# articles, tags, follows, favorites, comments; or peer: 1,000 users, 10,000 articles, 30,000 comments), starts the
# API with the statement probe (profile "load"), and drives the list, feed, single-article and favorite endpoints
# with wrk at concurrency 1, 16 and 64 (logged in), each run after a warm-up of WARMUP seconds (default 5) at the
# same concurrency. Prints requests/s, p50/p99 latency, errors, statements per request and the server process's CPU
# time per request (user + system, all its threads), then per endpoint a CPU profile (JFR) at concurrency 16: the
# share of request-thread samples in ar4j, the driver, the pool, the web stack and the application, over
# PROFILE_SECONDS (default 60: a 20 s profile gave 200-300 request-thread samples, a share good to about 3 points).
# usage: examples/realworld/load/run-load.sh sqlite|postgres [seconds per run, default 20]
# Runs the jar this build made (mvn -q -pl examples/realworld/load -am -DskipTests package). JAVA picks the JVM
# (default: java on the PATH); CONDUIT_VIRTUAL_THREADS=true serves requests on virtual threads (Java 21+).
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND="${1:?usage: run-load.sh sqlite|postgres [seconds]}"
DURATION="${2:-20}"
WARMUP="${WARMUP:-5}"
PROFILE_SECONDS="${PROFILE_SECONDS:-60}"
DATASET="${CONDUIT_DATASET:-large}"
case "$DATASET" in large) export CONDUIT_ARTICLES=100000 ;; peer) export CONDUIT_ARTICLES=10000 ;;
  *) echo "CONDUIT_DATASET is large or peer" >&2; exit 2 ;; esac
TICKS="$(getconf CLK_TCK)"
JAVA="${JAVA:-java}"
JDK_BIN="$(dirname "$(readlink -f "$(command -v "$JAVA")")")"
JAR="$(ls load/target/ar4j-example-realworld-load-*.jar 2>/dev/null | grep -v -- '-sources' | head -n1)"
if [ -z "$JAR" ]; then
  echo "no load tooling jar in $(pwd)/load/target: mvn -q -pl examples/realworld/load -am -DskipTests package" >&2
  exit 1
fi
WORK="$(mktemp -d)"
DB="conduit_load_$(date +%s)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
case "$BACKEND" in
  sqlite) URL="jdbc:sqlite:$WORK/conduit.db?journal_mode=WAL" ;;
  postgres)
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB"
    URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" ;;
  *) echo "unknown backend $BACKEND" >&2; exit 2 ;;
esac
"$JAVA" -jar "$JAR" seed "$URL" "$DATASET"
# after a bulk load, as an operator would (autovacuum gets there later): planner statistics and the visibility map
# that lets COUNT(*) and index scans skip the heap
[ "$BACKEND" = postgres ] && psql -h 127.0.0.1 -U postgres -d "$DB" -qc "VACUUM ANALYZE"
PORT=$PORT CONDUIT_DB_URL="$URL" "$JAVA" -Xmx1g -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true
  [ "$BACKEND" = postgres ] && psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/api/tags" >/dev/null 2>&1 && break; sleep 1; done
BASE="http://127.0.0.1:$PORT"
TOKEN="$(curl -fs -X POST -H 'Content-Type: application/json' \
  -d '{"user":{"email":"user1@example.com","password":"password"}}' "$BASE/api/users/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["token"])')"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP/stat"; }
drive() { # concurrency seconds target lua output
  local threads=$(( $1 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$1" -d"$2s" --latency -H "Authorization: Token $TOKEN" ${4:+-s load/$4} "$BASE$3" > "$5"
}
run() { # name concurrency target [lua]
  local name=$1 c=$2 target=$3 lua=${4:-}
  local before after cpu0 cpu1
  [ "$WARMUP" -gt 0 ] && drive "$c" "$WARMUP" "$target" "$lua" /dev/null
  before=$(curl -fs "$BASE/internal/statements")
  cpu0=$(cpu_ticks)
  drive "$c" "$DURATION" "$target" "$lua" "$WORK/wrk.txt"
  cpu1=$(cpu_ticks)
  after=$(curl -fs "$BASE/internal/statements")
  python3 - "$name" "$c" "$before" "$after" "$WORK/wrk.txt" "$(( cpu1 - cpu0 ))" "$TICKS" <<'PY'
import re, sys
name, c, before, after, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
cpu_ms = int(sys.argv[6]) * 1000.0 / int(sys.argv[7])
t = open(path).read()
def lat(p):
    m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)" % p, t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
reqs = int(re.search(r"(\d+) requests in", t).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(int(x) for x in sock.groups()) if sock else 0)
print("| %-9s | %3s | %8.1f | %8.2f | %8.2f | %6d | %5.1f | %6.2f |" % (name, c, rps, lat(50), lat(99), errors,
      (after - before) / max(reqs, 1), cpu_ms / max(reqs, 1)))
PY
}
echo "$BACKEND, data set $DATASET, $("$JAVA" -version 2>&1 | head -n1), virtual threads ${CONDUIT_VIRTUAL_THREADS:-false};" \
  "${WARMUP}s warm-up + ${DURATION}s per run, $(nproc) cores shared by server, database and wrk"
echo "| endpoint  |   c |    req/s | p50 (ms) | p99 (ms) | errors | stmts/req | CPU ms/req |"
echo "|---|---|---|---|---|---|---|---|"
for c in 1 16 64; do
  run list "$c" "/api/articles?limit=20"
  run feed "$c" "/api/articles/feed?limit=20"
  run article "$c" "/api/articles/article-1" article.lua
  run favorite "$c" "/api/articles/article-1/favorite" favorite.lua
done
# JFR's "default" settings (20 ms samples): under "profile" the list endpoint on Java 17 served 2.5-7x fewer requests,
# which skews the shares; under "default" it served as many as without a recording
profile() { # name target [lua]: a JFR profile of the endpoint at concurrency 16
  "$JDK_BIN/jcmd" "$APP" JFR.start name=load settings=default filename="$WORK/$1.jfr" >/dev/null
  local before after reqs
  before=$(curl -fs "$BASE/internal/allocated")
  drive 16 "$PROFILE_SECONDS" "$2" "${3:-}" "$WORK/wrk.txt"
  after=$(curl -fs "$BASE/internal/allocated")
  "$JDK_BIN/jcmd" "$APP" JFR.stop name=load >/dev/null
  reqs=$(grep -oE "[0-9]+ requests in" "$WORK/wrk.txt" | grep -oE "^[0-9]+")
  echo "$1 at concurrency 16, under JFR: $(( (after - before) / reqs )) bytes allocated per request (all threads of" \
    "the server, $reqs requests); CPU samples of request threads by layer:"
  "$JDK_BIN/jfr" print --events jdk.ExecutionSample --stack-depth 96 "$WORK/$1.jfr" | python3 load/profile.py
  if [ "$1" = list ]; then
    echo "Allocation profile of that run (JFR allocation samples by weight, request threads):"
    "$JDK_BIN/jfr" print --events jdk.ObjectAllocationSample --stack-depth 96 "$WORK/$1.jfr" | python3 load/profile.py alloc
  fi
}
profile list "/api/articles?limit=20"
profile feed "/api/articles/feed?limit=20"
profile article "/api/articles/article-1" article.lua
profile favorite "/api/articles/article-1/favorite" favorite.lua
# what the server logged (failed requests leave their reason there)
echo "Server log: $(grep -cE ' (WARN|ERROR) ' "$WORK/app.log" || true) WARN/ERROR lines; the first distinct ones:"
grep -E ' (WARN|ERROR) ' "$WORK/app.log" | sed -E 's/^[^ ]+ +//' | cut -c1-300 | sort | uniq -c | sort -rn | head -5 || true
