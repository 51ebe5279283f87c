#!/usr/bin/env bash
# Install Debian packages without prompts, with sudo where not root: `tools/apt-install.sh PKG...`.
# Shared by the test installers (install-browser.sh, install-postgres.sh, install-java.sh).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
else
    SUDO=""
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "$@"
