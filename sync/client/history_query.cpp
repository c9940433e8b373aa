#include "sync/client/history_query.h"

namespace baartal::sync {

QUrlQuery HistoryQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (from.isValid()) {
        query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    if (const QString trimmed = customer.trimmed(); !trimmed.isEmpty()) {
        // QUrlQuery keeps a bare "+", which servers may read as a space: send the mobile's "+91" whole.
        query.addQueryItem(QStringLiteral("customer"),
                           QString(trimmed).replace(QLatin1Char('+'), QStringLiteral("%2B")));
    }
    if (type) {
        query.addQueryItem(QStringLiteral("type"), core::toText(*type));
    }
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

} // namespace baartal::sync
