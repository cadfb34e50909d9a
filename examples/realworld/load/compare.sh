#!/usr/bin/env bash
# Compares two builds of the Conduit load jar (say, main before and after a change) on one PostgreSQL database seeded
# with the peer data set: both servers run side by side, and each round drives one, then the other with wrk (3 s of
# warm-up, then SECONDS measured), the order alternating between rounds, so a slow minute of a shared machine slows
# both alike. WARM rounds of list and article first warm both JITs. Prints per round each build's req/s and its
# server's CPU ms per request.
# usage: compare.sh JAR_A JAR_B [ROUNDS, default 5] [SECONDS, default 10]
#   SPECS="name concurrency path [lua];..." picks the endpoints (default: list at 16, article at 64); WARM=3 is
#   the number of warm-up rounds (default 0).
# Build a jar of each version with: mvn -q -pl examples/realworld/load -am -DskipTests package (in two checkouts).
set -euo pipefail
A="$1"; B="$2"; ROUNDS="${3:-5}"; SECS="${4:-10}"
JAVA="${JAVA:-java}"
LOADDIR="$(cd "$(dirname "$0")" && pwd)"
export CONDUIT_ARTICLES=10000
DB="conduit_ab_$(date +%s)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $DB"
URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres"
"$JAVA" -jar "$A" seed "$URL" peer >/dev/null 2>&1
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "VACUUM ANALYZE"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
PA=$(free_port); PB=$(free_port)
PORT=$PA CONDUIT_DB_URL="$URL" "$JAVA" -Xmx1g -jar "$A" > /dev/null 2>&1 & APA=$!
PORT=$PB CONDUIT_DB_URL="$URL" "$JAVA" -Xmx1g -jar "$B" > /dev/null 2>&1 & APB=$!
trap 'kill $APA $APB 2>/dev/null; wait $APA $APB 2>/dev/null; psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1' EXIT
for p in $PA $PB; do for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$p/api/tags" >/dev/null 2>&1 && break; sleep 1; done; done
tok() { curl -fs -X POST -H 'Content-Type: application/json' -d '{"user":{"email":"user1@example.com","password":"password"}}' "http://127.0.0.1:$1/api/users/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["token"])'; }
TA=$(tok $PA); TB=$(tok $PB)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
one() { # port token pid c target lua -> "rps cpu_ms_per_req"
  local port=$1 token=$2 pid=$3 c=$4 target=$5 lua=${6:-}
  local th=$(( c < 2 ? 1 : 2 ))
  wrk -t$th -c$c -d3s -H "Authorization: Token $token" ${lua:+-s $LOADDIR/$lua} "http://127.0.0.1:$port$target" >/dev/null
  local c0=$(ticks $pid)
  local out=$(wrk -t$th -c$c -d${SECS}s -H "Authorization: Token $token" ${lua:+-s $LOADDIR/$lua} "http://127.0.0.1:$port$target")
  local c1=$(ticks $pid)
  local reqs=$(echo "$out" | grep -oE "[0-9]+ requests in" | grep -oE "^[0-9]+")
  local rps=$(echo "$out" | grep -oE "Requests/sec:\s+[0-9.]+" | grep -oE "[0-9.]+$")
  echo "$rps $(python3 -c "print(round(($c1-$c0)*1000/$(getconf CLK_TCK)/$reqs,3))")"
}
for w in $(seq 1 ${WARM:-0}); do one $PA $TA $APA 64 /api/articles/article-1 article.lua >/dev/null; one $PB $TB $APB 64 /api/articles/article-1 article.lua >/dev/null; one $PA $TA $APA 16 "/api/articles?limit=20" >/dev/null; one $PB $TB $APB 16 "/api/articles?limit=20" >/dev/null; done
IFS=";" read -ra SPECLIST <<< "${SPECS:-list 16 /api/articles?limit=20;article 64 /api/articles/article-1 article.lua}"
for spec in "${SPECLIST[@]}"; do
  IFS=$' \t\n'
  set -- $spec
  for r in $(seq 1 $ROUNDS); do
    if [ $((r % 2)) = 1 ]; then a=$(one $PA $TA $APA $2 $3 ${4:-}); b=$(one $PB $TB $APB $2 $3 ${4:-});
    else b=$(one $PB $TB $APB $2 $3 ${4:-}); a=$(one $PA $TA $APA $2 $3 ${4:-}); fi
    echo "$1 c=$2 round $r: A $a | B $b"
  done
done
