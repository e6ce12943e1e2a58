#!/usr/bin/env bash
# Ingest throughput through POST /api/articles/bulk into Kafka on this machine.
# Usage: ingest-service/bench/bulk-benchmark.sh [articles] [--url http://127.0.0.1:8081]
# Without --url it starts a KRaft broker and ingest-service in one JVM (nothing else needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=ingest-service/target/bench.classpath
./mvnw -q -pl ingest-service test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$classpath" -Dmdep.includeScope=test
exec java -Xmx1g -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.pactwatch.schemas \
    -cp "ingest-service/target/test-classes:ingest-service/target/classes:$(cat "$classpath")" \
    io.pactwatch.ingest.bench.BulkIngestBenchmark "$@"
