#!/bin/sh
# Webhook delivery benchmark of one alert-service instance (see DeliveryBenchmark.java).
# Usage, from anywhere:  alert-service/bench/run-benchmark.sh [-Devents=4000 -Dsubscriptions=5 -Drate=100 -Dseconds=20]
set -e
cd "$(dirname "$0")/../.."
# build in the reactor, so that a fresh clone needs nothing installed; each module writes its own classpath file
./mvnw -q -pl alert-service -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
cd alert-service
exec java -Xmx2g "$@" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
    io.pactwatch.alert.bench.DeliveryBenchmark
