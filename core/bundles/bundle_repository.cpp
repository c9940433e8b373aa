#include "core/bundles/bundle_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral("id, region_name, pincode, status, created_at");

// The first key of the two-key advisory lock that lockPincode() takes ("BUND"), so it cannot collide
// with a lock of another purpose on the same number.
constexpr int kPincodeLockClass = 0x42554e44;

QString statusText(bool active)
{
    return active ? QStringLiteral("active") : QStringLiteral("inactive");
}

Bundle read(const QSqlQuery& q)
{
    return Bundle{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString() == QLatin1String("active"), SqlValues::toTime(q.value(4))};
}

QList<Bundle> readAll(QSqlQuery& q)
{
    QList<Bundle> bundles;
    while (q.next()) {
        bundles.append(read(q));
    }
    return bundles;
}

} // namespace

Status BundleRepository::add(const Bundle& bundle)
{
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO bundles (%1) VALUES (?, ?, ?, ?, ?)").arg(kColumns),
                        {bundle.id, bundle.regionName, bundle.pincode, statusText(bundle.active),
                         SqlValues::fromTime(bundle.createdAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Status BundleRepository::update(const Bundle& bundle)
{
    auto query =
        m_database.exec(QStringLiteral("UPDATE bundles SET region_name = ?, status = ? WHERE id = ?"),
                        {bundle.regionName, statusText(bundle.active), bundle.id});
    if (!query) {
        return query.error();
    }
    if ((*query)->numRowsAffected() == 0) {
        return Error::notFound(QStringLiteral("bundle_not_found"), QStringLiteral("No such bundle."));
    }
    return {};
}

Result<std::optional<Bundle>> BundleRepository::findById(const QString& id)
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM bundles WHERE id = ?").arg(kColumns), {id});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Bundle>();
    }
    return std::optional<Bundle>(read(**query));
}

Result<QList<Bundle>> BundleRepository::listByPincode(const QString& pincode)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM bundles WHERE pincode = ? ORDER BY created_at, id").arg(kColumns),
        {pincode});
    if (!query) {
        return query.error();
    }
    return readAll(**query);
}

Result<QList<Bundle>> BundleRepository::listByIds(const QStringList& ids)
{
    QList<Bundle> bundles;
    if (ids.isEmpty()) {
        return bundles;
    }
    QVariantList values;
    for (const QString& id : ids) {
        values.append(id);
    }
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM bundles WHERE id IN (%2)")
                                     .arg(kColumns, SqlValues::placeholders(ids.size())),
                                 values);
    if (!query) {
        return query.error();
    }
    while ((*query)->next()) {
        bundles.append(read(**query));
    }
    return bundles;
}

Result<BundlePage> BundleRepository::list(const BundleFilter& filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.pincode.isEmpty()) {
        conditions.append(QStringLiteral("pincode = ?"));
        values.append(filter.pincode);
    }
    if (filter.active) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(statusText(*filter.active));
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    auto counted = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM bundles") + where, values);
    if (!counted) {
        return counted.error();
    }
    BundlePage page;
    page.total = (*counted)->next() ? (*counted)->value(0).toLongLong() : 0;
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM bundles%2 ORDER BY pincode, created_at, id LIMIT ? OFFSET ?")
            .arg(kColumns, where),
        values + QVariantList{filter.limit, filter.offset});
    if (!query) {
        return query.error();
    }
    page.bundles = readAll(**query);
    return page;
}

Result<QList<Bundle>> BundleRepository::listOpenTo(const QString& category, const QString& district,
                                                   const QString& pincode, const QString& ignoredMerchantId,
                                                   int limit)
{
    // Pincodes are six digits, so their numeric distance is an exact integer in both dialects.
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM bundles b WHERE b.status = 'active' AND b.pincode LIKE ? "
                       "AND NOT EXISTS (SELECT 1 FROM merchants m WHERE m.bundle_id = b.id "
                       "AND m.category = ? AND m.id <> ?) "
                       "ORDER BY ABS(CAST(b.pincode AS INTEGER) - ?), b.created_at, b.id LIMIT ?")
            .arg(kColumns),
        {QString(district + QLatin1Char('%')), category, SqlValues::fromText(ignoredMerchantId),
         pincode.toInt(), limit});
    if (!query) {
        return query.error();
    }
    return readAll(**query);
}

Status BundleRepository::lockPincode(const QString& pincode)
{
    if (m_database.dialect() != Dialect::Postgres) {
        return {};
    }
    auto query = m_database.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"),
                                 {kPincodeLockClass, pincode.toInt()});
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace baartal::core
