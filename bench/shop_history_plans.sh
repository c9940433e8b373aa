#!/usr/bin/env bash
# shop_history_plans.sh sqlite FILE | postgres URL
# The query plans and timings of GET /api/v1/merchant/transactions for a shop with 1,000,000
# transactions (plus 100,000 of another shop, 20,000 customers, one sale in five redeeming, one in 200
# voided), loaded with SQL straight into a freshly migrated schema. Prints each query's plan and time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
backend="$1"
target="$2"

schema() {
    local key="$1"
    for file in "$root"/core/migrations/server/*.sql; do
        sed "s/{{autoincrement_primary_key}}/$key/" "$file"
        echo ";"
    done
}

# g numbers the rows; shop m1 has g <= 1,000,000, one row a minute from 2024-01-01 (IST-agnostic).
load_sql() {
    local series="$1" # a FROM clause yielding g from 1 to 1,100,000
    local users="$2"  # the same for 1 to 20,000
    cat <<SQL
INSERT INTO users (id, email_or_phone, password_hash, role, created_at)
  SELECT 'u' || g, 'c' || g || '@bench.in', 'x', 'customer', 0 FROM $users;
INSERT INTO customers (id, user_id, referral_code, created_at)
  SELECT 'c' || g, 'u' || g, 'r' || g, 0 FROM $users;
INSERT INTO transactions (txn_id, client_txn_id, type, customer_id, merchant_id, amount_paise,
    bcoins_earned, bcoins_spent, voids_txn_id, reason, created_by, created_at)
  SELECT 't' || g, NULL,
         CASE WHEN g % 200 = 0 THEN 'void' WHEN g % 5 = 0 THEN 'spend' ELSE 'earn' END,
         'c' || (1 + (CASE WHEN g % 200 = 0 THEN g - 1 ELSE g END) % 20000),
         CASE WHEN g <= 1000000 THEN 'm1' ELSE 'm2' END,
         50000, 25, CASE WHEN g % 5 = 0 THEN 10 ELSE 0 END,
         CASE WHEN g % 200 = 0 THEN 't' || (g - 1) ELSE NULL END, '', NULL,
         1704067200000 + (CASE WHEN g <= 1000000 THEN g ELSE g - 1000000 END) * CAST(60000 AS BIGINT)
  FROM $series;
SQL
}

# The repository's page query with a filter; count is its COUNT(*).
page_sql() {
    local filter="$1" offset="$2"
    echo "SELECT t.txn_id, t.type, t.created_at, u.email_or_phone, v.txn_id FROM (SELECT txn_id FROM transactions
  WHERE merchant_id = 'm1' $filter ORDER BY created_at DESC, txn_id DESC LIMIT 100 OFFSET $offset) p
  JOIN transactions t ON t.txn_id = p.txn_id JOIN customers c ON c.id = t.customer_id
  JOIN users u ON u.id = c.user_id LEFT JOIN transactions v ON v.voids_txn_id = t.txn_id
  ORDER BY t.created_at DESC, t.txn_id DESC"
}
count_sql() {
    echo "SELECT COUNT(*) FROM transactions WHERE merchant_id = 'm1' $1"
}

cases=(
    "no filter|"
    "type void|AND type = 'void'"
    "customer|AND customer_id = 'c77'"
    "one month|AND created_at >= 1735669800000 AND created_at < 1738348200000"
)

run_sqlite() {
    rm -f "$target"
    { schema "INTEGER PRIMARY KEY AUTOINCREMENT"
      echo "BEGIN;"
      load_sql "(WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 1100000) SELECT g FROM s)" \
               "(WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 20000) SELECT g FROM s)"
      echo "COMMIT;"; } | sqlite3 "$target" >/dev/null
    for entry in "${cases[@]}"; do
        local name="${entry%%|*}" filter="${entry#*|}"
        for offset in 0 100000; do
            echo "== sqlite: $name, offset $offset"
            printf '.timer on\nEXPLAIN QUERY PLAN %s;\n%s;\nEXPLAIN QUERY PLAN %s;\n%s;\n' \
                "$(page_sql "$filter" "$offset")" "$(page_sql "$filter" "$offset")" \
                "$(count_sql "$filter")" "$(count_sql "$filter")" |
                sqlite3 "$target" | grep -v '^t[0-9]' | grep -E 'QUERY PLAN|--|Run Time|^[0-9]+$'
        done
    done
}

run_postgres() {
    { schema "BIGSERIAL PRIMARY KEY"
      echo "SET session_replication_role = replica;"
      load_sql "generate_series(1, 1100000) g" "generate_series(1, 20000) g"
      echo "VACUUM ANALYZE;"; } | psql -q -v ON_ERROR_STOP=1 "$target" >/dev/null
    for entry in "${cases[@]}"; do
        local name="${entry%%|*}" filter="${entry#*|}"
        for offset in 0 100000; do
            echo "== postgres: $name, offset $offset"
            psql -q "$target" -c "EXPLAIN (ANALYZE, COSTS OFF) $(page_sql "$filter" "$offset")" \
                -c "EXPLAIN (ANALYZE, COSTS OFF) $(count_sql "$filter")" | grep -E 'Scan|Sort|Execution'
        done
    done
}

case "$backend" in
sqlite) run_sqlite ;;
postgres) run_postgres ;;
*) echo "usage: $0 sqlite FILE | postgres URL" >&2; exit 2 ;;
esac
