#!/bin/sh
# Webhook delivery benchmark of one alert-service instance (see DeliveryBenchmark.java).
# Usage, from anywhere:  alert-service/bench/run-benchmark.sh [-Devents=4000 -Dsubscriptions=5 -Drate=100 -Dseconds=20]
set -e
cd "$(dirname "$0")/.."
../mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
exec java -Xmx2g "$@" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
    io.pactwatch.alert.bench.DeliveryBenchmark
