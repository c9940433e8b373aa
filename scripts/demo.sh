#!/usr/bin/env bash
# The demo command: install dependencies, build (preset dev), create a demo database with demo shops,
# customers and logins, start baartal-server on 127.0.0.1, and open the POS logged in as the demo
# merchant. Without a display, print the URL, logins and curl examples and keep the server running
# until Ctrl-C.
# Environment: BAARTAL_PORT (default 8080; a free port is chosen when it is busy),
#              BAARTAL_DEMO_NO_POS=1 (do not open the POS even when a display is available).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

"$here/install-deps.sh"
"$here/build.sh"

build="$root/build/dev"
server_bin="$build/app/server/baartal-server"
pos_bin="$build/app/pos/baartal-pos"
demo_dir="$build/demo"
db="$demo_dir/baartal.sqlite"

merchant_login="demo.merchant@baartal.test"
merchant_password="demo-merchant-pass"
customer_login="demo.customer1@baartal.test"
phone_login="+919869012345"
customer_password="demo-customer-pass"
admin_login="admin@baartal.test"
admin_password="demo-admin-pass"

for bin in "$server_bin" "$pos_bin"; do
    if [[ ! -x "$bin" ]]; then
        echo "demo: $bin was not built" >&2
        exit 1
    fi
done

port_is_free() {
    python3 - "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as QTcpServer does: TIME_WAIT is free
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
}

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

port="${BAARTAL_PORT:-8080}"
if ! port_is_free "$port"; then
    wanted="$port"
    port="$(free_port)"
    echo "demo: port $wanted is busy, using $port"
fi
url="http://127.0.0.1:$port"

mkdir -p "$demo_dir"
echo "demo: preparing $db"
"$server_bin" --database "sqlite:$db" migrate
"$server_bin" --database "sqlite:$db" seed-demo | tee "$demo_dir/seed-demo.txt"
seed_output="$(cat "$demo_dir/seed-demo.txt")"
customer_id="$(sed -n "s/.*$customer_login .*customer_id=\([0-9a-f-]*\).*/\1/p" "$demo_dir/seed-demo.txt" | head -n1)"
merchant_id="$(sed -n "s/.*$merchant_login .*merchant_id=\([0-9a-f-]*\).*/\1/p" "$demo_dir/seed-demo.txt" | head -n1)"

server_pid=""
# shellcheck disable=SC2317  # invoked from traps
stop_server() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        echo "demo: stopping the server (pid $server_pid)"
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    exit "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

echo "demo: starting baartal-server on $url (log: $demo_dir/server.log)"
"$server_bin" --listen "127.0.0.1:$port" --database "sqlite:$db" </dev/null \
    > >(tee "$demo_dir/server.log") 2>&1 &
server_pid=$!

echo -n "demo: waiting for $url/healthz "
healthy=0
for _ in $(seq 60); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo
        echo "demo: the server exited before it became healthy; see $demo_dir/server.log" >&2
        exit 1
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url/healthz" || true)"
    if [[ "$code" == "200" ]]; then
        healthy=1
        break
    fi
    echo -n "."
    sleep 0.5
done
echo
if [[ $healthy -ne 1 ]]; then
    echo "demo: $url/healthz did not answer 200 within 30 s" >&2
    exit 1
fi

if [[ -z "${BAARTAL_DEMO_NO_POS:-}" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
    echo "demo: opening the POS as $merchant_login"
    set +e
    "$pos_bin" --server "$url" --login "$merchant_login" --password "$merchant_password"
    rc=$?
    set -e
    exit "$rc"
fi

cat <<EOF

================================================================================
 Baartal demo server: $url
 Database:            $db

 Logins
   merchant  $merchant_login / $merchant_password
   customer  $customer_login / $customer_password (more customers in the seed-demo output)
   admin     $admin_login / $admin_password

 From seed-demo (also in $demo_dir/seed-demo.txt):
   ${seed_output//$'\n'/$'\n'   }

 No display found, so the POS was not opened. With a desktop session run:
   $pos_bin --server $url \\
       --login $merchant_login --password $merchant_password

 The demo grocer (merchant_id=$merchant_id) has a week of sales, a customer who has just
 scanned the shop and a spend request waiting (both lapse 30 minutes after seed-demo first ran).

 Try the API with curl (and jq):
   # log in as the merchant and keep the access token (15 minutes)
   TOKEN=\$(curl -s $url/api/v1/auth/login -H 'Content-Type: application/json' \\
       -d '{"email_or_phone":"$merchant_login","password":"$merchant_password"}' | jq -r .data.token)
   # log in as the first customer; their wallet and their identity QR (a PNG, base64, and its token)
   CTOKEN=\$(curl -s $url/api/v1/auth/login -H 'Content-Type: application/json' \\
       -d '{"email_or_phone":"$customer_login","password":"$customer_password"}' | jq -r .data.token)
   curl -s $url/api/v1/wallet -H "Authorization: Bearer \$CTOKEN"
   curl -s $url/api/v1/wallet/qr -H "Authorization: Bearer \$CTOKEN" | jq '.data | del(.png_base64)'
   # the customer scans the grocer's counter QR: a check-in the cashier sees
   curl -s $url/api/v1/scan -H "Authorization: Bearer \$CTOKEN" \\
       -H 'Content-Type: application/json' -d '{"merchant_id":"$merchant_id"}'
   # the merchant's waiting customers and spend requests
   curl -s $url/api/v1/merchant/checkins -H "Authorization: Bearer \$TOKEN"
   curl -s $url/api/v1/merchant/spend-requests -H "Authorization: Bearer \$TOKEN"
   # earn: a bill of Rs 450.00 on the customer's check-in
   CHECKIN=\$(curl -s $url/api/v1/merchant/checkins -H "Authorization: Bearer \$TOKEN" \\
       | jq -r '.data.checkins[] | select(.customer_id == "$customer_id") | .id')
   curl -s $url/api/v1/merchant/earn -H "Authorization: Bearer \$TOKEN" \\
       -H 'Content-Type: application/json' -d '{"checkin_id":"'\$CHECKIN'","bill_amount":"450.00"}'
   # the shop's last 30 days: sales, coins issued and redeemed, scans (drop the jq for the daily series)
   curl -s $url/api/v1/merchant/analytics -H "Authorization: Bearer \$TOKEN" \\
       | jq '.data | del(.footfall, .issued_vs_redeemed)'
   # phone login: ask for a code; the console SMS provider writes it to $demo_dir/server.log
   curl -s $url/api/v1/auth/send-otp -H 'Content-Type: application/json' -d '{"phone":"98690 12345"}'
   OTP=\$(grep -o 'OTP for $phone_login : [0-9]*' $demo_dir/server.log | tail -n1 | grep -o '[0-9]*\$')
   curl -s $url/api/v1/auth/verify-otp -H 'Content-Type: application/json' \\
       -d '{"phone":"98690 12345","otp":"'\$OTP'"}' | jq .data.user
   # health
   curl -s $url/healthz

 The server runs in the foreground; press Ctrl-C to stop it.
================================================================================

EOF
set +e
wait "$server_pid"
rc=$?
set -e
server_pid=""
exit "$rc"
