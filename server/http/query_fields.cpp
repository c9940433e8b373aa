#include "server/http/query_fields.h"

namespace baartal::server {

core::Result<int> QueryFields::number(const QUrlQuery& query, const QString& name, int fallback, int min,
                                      int max)
{
    const QString text = query.queryItemValue(name).trimmed();
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        return core::Error::invalid(
            QStringLiteral("invalid_") + name,
            QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    }
    return value;
}

} // namespace baartal::server
