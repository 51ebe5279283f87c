#!/usr/bin/env bash
# Install a PostgreSQL server on a fresh Debian/Ubuntu machine for the tests (run as root).
#
# The tests never use a system service: tests/pg_server.py runs initdb and pg_ctl in a temporary
# folder on a free loopback port and stops the cluster afterwards. This script only makes sure
# the binaries are there (Debian's package puts them in /usr/lib/postgresql/<version>/bin).
#
# No pgvector: Debian bookworm packages none (`apt-cache search pgvector` is empty, there is no
# postgresql-15-pgvector), so the store keeps vectors as real[] arrays (src/utkikk/store/vectors.py).
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    echo "postgresql already installed: $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | head -1)"
    exit 0
fi

bash "$(dirname "$0")/apt-install.sh" postgresql
echo "installed: $(ls -d /usr/lib/postgresql/*/bin | head -1)"
