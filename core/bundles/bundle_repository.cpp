#include "core/bundles/bundle_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral("id, region_name, pincode, status, created_at");

Bundle read(const QSqlQuery& q)
{
    return Bundle{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString() == QLatin1String("active"), SqlValues::toTime(q.value(4))};
}

} // namespace

Status BundleRepository::add(const Bundle& bundle)
{
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO bundles (%1) VALUES (?, ?, ?, ?, ?)").arg(kColumns),
                        {bundle.id, bundle.regionName, bundle.pincode,
                         bundle.active ? QStringLiteral("active") : QStringLiteral("inactive"),
                         SqlValues::fromTime(bundle.createdAt)});
    if (!query) {
        return query.error();
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
    QList<Bundle> bundles;
    while ((*query)->next()) {
        bundles.append(read(**query));
    }
    return bundles;
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

} // namespace baartal::core
