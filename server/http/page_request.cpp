#include "server/http/page_request.h"

#include "server/http/query_fields.h"

namespace baartal::server {

core::Result<PageRequest> PageRequest::from(const QUrlQuery& query, int defaultLimit, int maxLimit)
{
    auto limit = QueryFields::number(query, QStringLiteral("limit"), defaultLimit, 1, maxLimit);
    if (!limit) {
        return limit.error();
    }
    auto page = QueryFields::number(query, QStringLiteral("page"), 1, 1, 1'000'000);
    if (!page) {
        return page.error();
    }
    return PageRequest(*page, *limit);
}

QJsonObject PageRequest::pagination(qint64 total) const
{
    return {{QStringLiteral("page"), m_page},
            {QStringLiteral("limit"), m_limit},
            {QStringLiteral("total"), total}};
}

} // namespace baartal::server
