#!/bin/bash
# Prints the ar4j classes (and method counts) each traced operation runs through, beyond its baseline:
#   eager:    User query with("posts.comments") .all()    minus reading users, posts and comments plainly
#   rollback: a save() rolled back inside a transaction     minus opening it and finding the record
# Usage (from the repository root, after mvn install -DskipTests): ar-bench/path-trace.sh
set -euo pipefail
cd "$(dirname "$0")"
CP=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout | tr -d '\033' | sed 's/\[0m//g'):target/classes
DIR=$(mktemp -d)
DB=$DIR/trace.db
run() {
  java -XX:+UnlockDiagnosticVMOptions -XX:+LogTouchedMethods -XX:+PrintTouchedMethodsAtExit -cp "$CP" \
    org.ar4j.bench.PathTrace "$1" "$DB" 2>/dev/null | grep '^org/ar4j/' | grep -v '^org/ar4j/bench/' | sort -u > "$DIR/$1"
}
java -cp "$CP" org.ar4j.bench.PathTrace prepare "$DB" > /dev/null 2>&1
for m in read eager find rollback; do run $m; done
report() {
  local name=$1 mode=$2 base=$3
  comm -23 "$DIR/$mode" "$DIR/$base" > "$DIR/$name.methods"
  sed -E 's/\.[^.:]+:.*//; s/\$[^.]*$//' "$DIR/$name.methods" | sort | uniq -c | sort -k2 > "$DIR/$name.classes"
  echo "== $name: $(wc -l < "$DIR/$name.classes") classes, $(wc -l < "$DIR/$name.methods") methods beyond $base"
  awk '{printf "%s (%d) ", $2, $1} END {print ""}' "$DIR/$name.classes" | sed 's|org/ar4j/||g'
}
report eager eager read
report rollback rollback find
rm -rf "$DIR"
