#!/usr/bin/env bash
# Makes sure the current D-Bus session has a gnome-keyring Secret Service with an unlocked login
# keyring, for the keychain tests; run inside `dbus-run-session` (scripts/run-tests.sh does) with
# XDG_DATA_HOME pointing at a throw-away folder, since the keyring files land in $XDG_DATA_HOME/keyrings.
# Idempotent and safe to run from tests in parallel. Exit code 0 = the keychain is ready.
set -euo pipefail

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "start-test-keyring: no D-Bus session (run under dbus-run-session)" >&2
    exit 1
fi
if [[ -z "${XDG_DATA_HOME:-}" ]]; then
    echo "start-test-keyring: XDG_DATA_HOME is not set; refusing to touch the user's own keyrings" >&2
    exit 1
fi
mkdir -p "$XDG_DATA_HOME"

secret_service_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

# One starter at a time: a second test waits for the first to have started the daemon.
exec 9>"$XDG_DATA_HOME/.baartal-test-keyring.lock"
flock 9

if ! secret_service_owned; then
    # A fixed password: this keyring only ever holds test keys. --unlock reads it from stdin and
    # creates the login keyring when there is none, so nothing prompts.
    printf '%s' baartal-test | gnome-keyring-daemon --unlock --daemonize --components=secrets >/dev/null 9>&-
    for _ in $(seq 1 100); do
        secret_service_owned && break
        sleep 0.1
    done
fi
if ! secret_service_owned; then
    echo "start-test-keyring: gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
    exit 1
fi
# An item written and read back proves the login keyring is unlocked.
printf '%s' ok | secret-tool store --label='Baartal test probe' baartal-test probe
[[ "$(secret-tool lookup baartal-test probe)" == ok ]] || {
    echo "start-test-keyring: the login keyring is locked" >&2
    exit 1
}
secret-tool clear baartal-test probe
