#!/usr/bin/env bash
# Install a Java runtime for the Spark tests on a fresh Debian/Ubuntu machine (run as root).
# PySpark (from pyproject's `test` extra) starts its JVM from `java` on PATH or JAVA_HOME; Spark 4
# needs Java 17 or newer.
set -euo pipefail

version() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

if command -v java >/dev/null 2>&1 && [ "$(version)" -ge 17 ]; then
    echo "java already installed: $(java -version 2>&1 | head -1)"
    exit 0
fi

bash "$(dirname "$0")/apt-install.sh" openjdk-17-jre-headless
echo "installed: $(java -version 2>&1 | head -1)"
