#!/usr/bin/env bash
# The test command: install dependencies, build (preset dev), then run the whole CTest suite against a
# throw-away PostgreSQL cluster and a private D-Bus session (for the keychain). Exit code = ctest's.
# Extra arguments go to ctest, e.g. `scripts/run-tests.sh -R tst_ledger` or `-L server`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

"$here/install-deps.sh"
"$here/build.sh"

# With this set, PostgreSQL tests fail instead of skipping when the database is missing.
export BAARTAL_REQUIRE_POSTGRES=1
# Likewise the keychain tests fail when scripts/start-test-keyring.sh cannot start gnome-keyring.
export BAARTAL_REQUIRE_KEYCHAIN=1
# Keyrings that tests create (gnome-keyring keeps them in $XDG_DATA_HOME/keyrings) stay in the
# build folder, fresh for each run, never in the developer's own keyring.
export XDG_DATA_HOME="$root/build/dev/test-xdg-data"
rm -rf "$XDG_DATA_HOME"
mkdir -p "$XDG_DATA_HOME"

exec "$here/with-postgres.sh" \
    dbus-run-session -- \
    ctest --test-dir build/dev --output-on-failure -j2 "$@"
