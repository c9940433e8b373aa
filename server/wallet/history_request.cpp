#include "server/wallet/history_request.h"

#include "core/ledger/ledger_transaction.h"
#include "core/time/india_time.h"
#include "server/http/json_fields.h"

#include <QByteArray>

#include <optional>

namespace baartal::server {

namespace {

constexpr auto kCursorEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString value(const QUrlQuery& query, const QString& name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

core::Result<int> parseLimit(const QString& text)
{
    if (text.isEmpty()) {
        return HistoryRequest::kDefaultLimit;
    }
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > HistoryRequest::kMaxLimit) {
        return core::Error::invalid(
            QStringLiteral("invalid_limit"),
            QStringLiteral("limit must be a whole number from 1 to %1.").arg(HistoryRequest::kMaxLimit));
    }
    return limit;
}

core::Result<core::HistoryQuery::Position> parseCursor(const QString& text)
{
    const core::Error invalid =
        core::Error::invalid(QStringLiteral("invalid_cursor"),
                             QStringLiteral("cursor must be a next_cursor this server returned."));
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), kCursorEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return invalid;
    }
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2) {
        return invalid;
    }
    bool ok = false;
    const qint64 msecs = parts[0].toLongLong(&ok);
    auto id = JsonFields::parseUuid(QString::fromLatin1(parts[1]), QStringLiteral("cursor"));
    if (!ok || msecs < 0 || !id) {
        return invalid;
    }
    return core::HistoryQuery::Position{QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), *id};
}

enum class Bound { Start, End };

// The first instant the bound admits (Start) or the first it excludes (End).
core::Result<QDateTime> parseBound(const QString& text, const QString& field, Bound bound)
{
    const core::Error invalid = core::Error::invalid(
        QStringLiteral("invalid_date"),
        QStringLiteral("%1 must be a date (YYYY-MM-DD) or an ISO 8601 time with a zone.").arg(field));
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return invalid;
        }
        const QDate day = bound == Bound::Start ? date : date.addDays(1);
        return core::IndiaTime::startOfDay(day);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        return invalid;
    }
    return bound == Bound::Start ? time.toUTC() : time.toUTC().addMSecs(1);
}

} // namespace

core::Result<core::HistoryQuery> HistoryRequest::parse(const QUrlQuery& query, const QString& customerId)
{
    core::HistoryQuery history;
    history.customerId = customerId;

    auto pageSize = limit(query);
    if (!pageSize) {
        return pageSize.error();
    }
    history.limit = *pageSize;

    if (const QString cursor = value(query, QStringLiteral("cursor")); !cursor.isEmpty()) {
        auto position = parseCursor(cursor);
        if (!position) {
            return position.error();
        }
        history.after = *position;
    }

    if (const QString type = value(query, QStringLiteral("type")); !type.isEmpty()) {
        history.type = core::transactionTypeFromString(type);
        if (!history.type) {
            return core::Error::invalid(QStringLiteral("invalid_type"),
                                        QStringLiteral("type must be one of earn, spend, void, adjustment, "
                                                       "referral_bonus, expiry."));
        }
    }

    if (const QString merchant = value(query, QStringLiteral("merchant_id")); !merchant.isEmpty()) {
        auto id = JsonFields::parseUuid(merchant, QStringLiteral("merchant_id"));
        if (!id) {
            return id.error();
        }
        history.merchantId = *id;
    }

    auto bounds = range(query);
    if (!bounds) {
        return bounds.error();
    }
    history.from = bounds->from;
    history.until = bounds->until;
    return history;
}

core::Result<int> HistoryRequest::limit(const QUrlQuery& query)
{
    return parseLimit(value(query, QStringLiteral("limit")));
}

core::Result<HistoryRequest::Range> HistoryRequest::range(const QUrlQuery& query)
{
    Range range;
    if (const QString from = value(query, QStringLiteral("from")); !from.isEmpty()) {
        auto start = parseBound(from, QStringLiteral("from"), Bound::Start);
        if (!start) {
            return start.error();
        }
        range.from = *start;
    }
    if (const QString to = value(query, QStringLiteral("to")); !to.isEmpty()) {
        auto end = parseBound(to, QStringLiteral("to"), Bound::End);
        if (!end) {
            return end.error();
        }
        range.until = *end;
    }
    if (range.from.isValid() && range.until.isValid() && range.from >= range.until) {
        return core::Error::invalid(QStringLiteral("invalid_date_range"),
                                    QStringLiteral("from must not be after to."));
    }
    return range;
}

QString HistoryRequest::cursorAfter(const core::LedgerTransaction& last)
{
    const QByteArray position =
        QByteArray::number(last.createdAt.toMSecsSinceEpoch()) + ':' + last.id.toLatin1();
    return QString::fromLatin1(position.toBase64(kCursorEncoding));
}

} // namespace baartal::server
