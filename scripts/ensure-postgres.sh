#!/bin/sh
# Installs Debian's PostgreSQL server when it is missing: the store tests run against a real
# server (tests/pg_server.py starts a throwaway cluster), never a mock.
set -e
if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "installing Debian's postgresql (needed by the store tests)" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
