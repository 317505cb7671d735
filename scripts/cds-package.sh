#!/usr/bin/env bash
# Builds the application jar, extracts it, and records a class-data-sharing (CDS) archive from a
# training start, so that later starts load classes from the archive (see docs/performance.md).
# Usage: scripts/cds-package.sh [target-dir=target/app]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/app}
ls target/shanzhi-*.jar >/dev/null 2>&1 || ./mvnw -q -B package -DskipTests
jar=$(ls target/shanzhi-*.jar | grep -v original | head -1)
rm -rf "$out"
mkdir -p "$out" && out=$(cd "$out" && pwd)
java -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
train=$(mktemp -d)
# a training start on a throw-away data directory; the context refreshes, then the JVM exits
java -XX:ArchiveClassesAtExit="$out/application.jsa" -Dspring.context.exit=onRefresh \
  -jar "$out/$(basename "$jar")" --shanzhi.embedded-db.data-dir="$train/pg" \
  --shanzhi.crypto.key-file="$train/master.key" --shanzhi.demo.enabled=false >"$train/training.log" 2>&1 || {
  cat "$train/training.log"; exit 1; }
rm -rf "$train"
echo "Run with: java -XX:SharedArchiveFile=$out/application.jsa -jar $out/$(basename "$jar")"
