#!/usr/bin/env bash
# Runs the published RealWorld suite (../../shared/realworld, newman) against Conduit on one backend, on a fresh
# database: sqlite | postgres | mysql | mongo. Runs the executable jar this build made (target/*-exec.jar, from
# `mvn verify` or `mvn -pl examples/realworld -am package -DskipTests`), never ar4j jars from ~/.m2. Needs node/npx,
# and for postgres/mysql the local servers (psql/mysql clients as .ci/run uses them). Exits non-zero, saying why,
# when the jar is missing, the application fails to start or any assertion fails.
set -euo pipefail
cd "$(dirname "$0")"
BACKEND="${1:?usage: run-suite.sh sqlite|postgres|mysql|mongo}"
# The published suite, unmodified, beside the repository (../shared/realworld), or where REALWORLD_DIR says.
SUITE="${REALWORLD_DIR:-$(cd ../../.. && pwd)/shared/realworld}/Conduit.postman_collection.json"
[ -f "$SUITE" ] || { echo "RealWorld suite not found at $SUITE (set REALWORLD_DIR)" >&2; exit 1; }
JAR="$(ls target/ar4j-example-realworld-*-exec.jar 2>/dev/null | head -n1)"
if [ -z "$JAR" ]; then
  echo "[realworld] no executable jar in $(pwd)/target: build it first (mvn -pl examples/realworld -am package -DskipTests)" >&2
  exit 1
fi
WORK="$(mktemp -d)"
DB="conduit_$(date +%s)_$$"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
export PORT
unset SPRING_PROFILES_ACTIVE CONDUIT_DB_URL || true
case "$BACKEND" in
  sqlite) export CONDUIT_DB_URL="jdbc:sqlite:$WORK/conduit.db?journal_mode=WAL" ;;
  postgres)
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB"
    export CONDUIT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" ;;
  mysql)
    mysql -h 127.0.0.1 -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
    export CONDUIT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?user=root" ;;
  mongo) export SPRING_PROFILES_ACTIVE=mongo ;;
  *) echo "unknown backend $BACKEND" >&2; exit 2 ;;
esac
java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  case "$BACKEND" in
    postgres) psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true ;;
    mysql) mysql -h 127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true ;;
  esac
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/api/tags" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then echo "Conduit did not start on $BACKEND:"; cat "$WORK/app.log"; exit 1; fi
  sleep 1
done
NAME="u$(date +%s)$RANDOM"
echo "[realworld] $BACKEND: Conduit on port $PORT; running the RealWorld suite"
if ! npx --yes newman@6.2.2 run "$SUITE" --global-var "APIURL=http://127.0.0.1:$PORT/api" \
    --global-var "USERNAME=$NAME" --global-var "EMAIL=$NAME@example.com" --global-var "PASSWORD=password" \
    > "$WORK/newman.log" 2>&1; then
  cat "$WORK/newman.log"; echo "[realworld] $BACKEND: the suite FAILED"; tail -50 "$WORK/app.log"; exit 1
fi
grep -E "│ +(requests|assertions) " "$WORK/newman.log" | sed "s/^/[realworld] $BACKEND: /"
