#include "core/merchants/merchant_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

#include <cmath>
#include <numbers>

namespace baartal::core {

namespace {

const QString kColumns =
    QStringLiteral("id, user_id, business_name, category, pincode, address, lat, lng, "
                   "bcoin_issue_rate, spend_cap_percent, qr_code_url, bundle_id, approved, "
                   "created_at");

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

Merchant read(const QSqlQuery& q)
{
    Merchant m;
    m.id = q.value(0).toString();
    m.userId = q.value(1).toString();
    m.businessName = q.value(2).toString();
    m.category = q.value(3).toString();
    m.pincode = q.value(4).toString();
    m.address = q.value(5).toString();
    if (!q.value(6).isNull()) {
        m.lat = q.value(6).toDouble();
    }
    if (!q.value(7).isNull()) {
        m.lng = q.value(7).toDouble();
    }
    m.bcoinIssueRate = q.value(8).toInt();
    if (!q.value(9).isNull()) {
        m.spendCapPercent = q.value(9).toInt();
    }
    m.qrCodeUrl = q.value(10).toString();
    m.bundleId = q.value(11).toString();
    m.approved = q.value(12).toBool();
    m.createdAt = SqlValues::toTime(q.value(13));
    return m;
}

Error translate(const Error& error)
{
    if (error.code == QLatin1String("unique_violation") &&
        error.message.contains(QLatin1String("category"))) {
        return Error::conflict(QStringLiteral("category_taken"),
                               QStringLiteral("This bundle already has a shop of that category"));
    }
    if (error.code == QLatin1String("unique_violation") && error.message.contains(QLatin1String("user_id"))) {
        return Error::conflict(QStringLiteral("merchant_exists"),
                               QStringLiteral("This account already has a merchant profile"));
    }
    return error;
}

// The shop's approval state as MerchantSearch defines it, in SQL over merchants m.
const QString kStateSql =
    QStringLiteral("CASE WHEN m.approved THEN 'approved' WHEN EXISTS (SELECT 1 FROM admin_approvals a "
                   "WHERE a.merchant_id = m.id AND a.status = 'pending') THEN 'pending' ELSE 'rejected' END");

// `text` as a LIKE pattern that matches it literally under ESCAPE with a backslash.
QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

} // namespace

Status MerchantRepository::add(const Merchant& m)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO merchants (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        {m.id, m.userId, m.businessName, m.category, m.pincode, m.address, optionalDouble(m.lat),
         optionalDouble(m.lng), m.bcoinIssueRate, optionalInt(m.spendCapPercent), m.qrCodeUrl,
         SqlValues::fromOptionalText(m.bundleId), m.approved, SqlValues::fromTime(m.createdAt)});
    if (!query) {
        return translate(query.error());
    }
    return {};
}

Status MerchantRepository::update(const Merchant& m)
{
    auto query = m_database.exec(
        QStringLiteral(
            "UPDATE merchants SET business_name = ?, category = ?, pincode = ?, address = ?, lat = ?, "
            "lng = ?, bcoin_issue_rate = ?, spend_cap_percent = ?, qr_code_url = ?, bundle_id = ?, "
            "approved = ? WHERE id = ?"),
        {m.businessName, m.category, m.pincode, m.address, optionalDouble(m.lat), optionalDouble(m.lng),
         m.bcoinIssueRate, optionalInt(m.spendCapPercent), m.qrCodeUrl,
         SqlValues::fromOptionalText(m.bundleId), m.approved, m.id});
    if (!query) {
        return translate(query.error());
    }
    if ((*query)->numRowsAffected() == 0) {
        return Error::notFound(QStringLiteral("merchant_not_found"), QStringLiteral("No such merchant"));
    }
    return {};
}

Result<std::optional<Merchant>> MerchantRepository::findOne(const QString& where, const QVariant& value)
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM merchants WHERE %2 = ?").arg(kColumns, where),
                                 {value});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Merchant>();
    }
    return std::optional<Merchant>(read(**query));
}

Result<std::optional<Merchant>> MerchantRepository::findById(const QString& id)
{
    return findOne(QStringLiteral("id"), id);
}

Result<std::optional<Merchant>> MerchantRepository::findByUserId(const QString& userId)
{
    return findOne(QStringLiteral("user_id"), userId);
}

Result<QList<Merchant>> MerchantRepository::listByBundle(const QString& bundleId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM merchants WHERE bundle_id = ? ORDER BY business_name").arg(kColumns),
        {bundleId});
    if (!query) {
        return query.error();
    }
    QList<Merchant> merchants;
    while ((*query)->next()) {
        merchants.append(read(**query));
    }
    return merchants;
}

Result<QList<Merchant>> MerchantRepository::listApprovedInBundles(const QStringList& bundleIds)
{
    QList<Merchant> merchants;
    if (bundleIds.isEmpty()) {
        return merchants;
    }
    QVariantList values{true};
    for (const QString& id : bundleIds) {
        values.append(id);
    }
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM merchants WHERE approved = ? AND bundle_id IN "
                                       "(%2) ORDER BY bundle_id, business_name, id")
                            .arg(kColumns, SqlValues::placeholders(bundleIds.size())),
                        values);
    if (!query) {
        return query.error();
    }
    while ((*query)->next()) {
        merchants.append(read(**query));
    }
    return merchants;
}

Result<QHash<QString, QStringList>> MerchantRepository::categoriesInBundles(const QStringList& bundleIds)
{
    QHash<QString, QStringList> categories;
    if (bundleIds.isEmpty()) {
        return categories;
    }
    const QVariantList values(bundleIds.cbegin(), bundleIds.cend());
    auto query =
        m_database.exec(QStringLiteral("SELECT bundle_id, category FROM merchants WHERE bundle_id IN "
                                       "(%1) ORDER BY bundle_id, category")
                            .arg(SqlValues::placeholders(bundleIds.size())),
                        values);
    if (!query) {
        return query.error();
    }
    while ((*query)->next()) {
        categories[(*query)->value(0).toString()].append((*query)->value(1).toString());
    }
    return categories;
}

Result<QList<Merchant>> MerchantRepository::listApprovedInBox(const GeoBox& box, GeoPoint centre, int limit)
{
    // A degree of longitude shrinks by cos(latitude); weighting it keeps the SQL order close to the
    // true distance without trigonometry in SQL, which SQLite lacks.
    const double lngWeight = std::pow(std::cos(centre.lat * std::numbers::pi / 180.0), 2);
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM merchants WHERE approved = ? AND bundle_id IS NOT NULL "
                       "AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ? "
                       "ORDER BY (lat - ?) * (lat - ?) + (lng - ?) * (lng - ?) * ?, id LIMIT ?")
            .arg(kColumns),
        {true, box.minLat, box.maxLat, box.minLng, box.maxLng, centre.lat, centre.lat, centre.lng, centre.lng,
         lngWeight, limit});
    if (!query) {
        return query.error();
    }
    QList<Merchant> merchants;
    while ((*query)->next()) {
        merchants.append(read(**query));
    }
    return merchants;
}

Status MerchantRepository::setApproved(const QString& id, bool approved)
{
    auto query =
        m_database.exec(QStringLiteral("UPDATE merchants SET approved = ? WHERE id = ?"), {approved, id});
    if (!query) {
        return query.error();
    }
    if ((*query)->numRowsAffected() == 0) {
        return Error::notFound(QStringLiteral("merchant_not_found"), QStringLiteral("No such merchant"));
    }
    return {};
}

Result<MerchantListingPage> MerchantRepository::search(const MerchantSearch& search)
{
    QStringList conditions;
    QVariantList values;
    if (search.state) {
        conditions.append(kStateSql + QStringLiteral(" = ?"));
        values.append(toText(*search.state));
    }
    const QString text = search.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = likeEscaped(text.toLower());
        conditions.append(QStringLiteral("(LOWER(m.business_name) LIKE ? ESCAPE '\\' OR "
                                         "LOWER(u.email_or_phone) LIKE ? ESCAPE '\\' OR "
                                         "m.pincode LIKE ? ESCAPE '\\')"));
        const QString inside = QLatin1Char('%') + pattern + QLatin1Char('%');
        values << inside << inside << QString(pattern + QLatin1Char('%'));
    }
    const QString from =
        QStringLiteral(" FROM merchants m JOIN users u ON u.id = m.user_id") +
        (conditions.isEmpty() ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
    auto counted = m_database.exec(QStringLiteral("SELECT COUNT(*)") + from, values);
    if (!counted) {
        return counted.error();
    }
    MerchantListingPage page;
    page.total = (*counted)->next() ? (*counted)->value(0).toLongLong() : 0;
    QString columns;
    for (const QString& column : kColumns.split(QStringLiteral(", "))) {
        columns += QStringLiteral("m.") + column + QStringLiteral(", ");
    }
    auto query = m_database.exec(
        QStringLiteral("SELECT %1u.email_or_phone, %2%3 ORDER BY m.business_name, m.id LIMIT ? OFFSET ?")
            .arg(columns, kStateSql, from),
        values + QVariantList{search.limit, search.offset});
    if (!query) {
        return query.error();
    }
    while ((*query)->next()) {
        const QSqlQuery& q = **query;
        page.merchants.append(
            {read(q), q.value(14).toString(),
             approvalStatusFromString(q.value(15).toString()).value_or(ApprovalStatus::Pending)});
    }
    return page;
}

} // namespace baartal::core
