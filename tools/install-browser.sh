#!/usr/bin/env bash
# Install what the browser tests need on a fresh Debian/Ubuntu machine (run as root).
#
# The tests drive the system Chromium (/usr/bin/chromium) through the Python `playwright`
# package, which comes from pyproject's `test` extra. We never run `playwright install`: it
# downloads its own browser build, which a machine without general internet cannot fetch.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

bash "$(dirname "$0")/apt-install.sh" chromium fonts-dejavu-core
echo "installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
