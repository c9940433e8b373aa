#include "sync/client/list_page.h"

#include "sync/client/response_fields.h"

#include <limits>

namespace baartal::sync {

core::Result<ListPage> ListPage::fromJson(const QJsonObject& data)
{
    const QString field = QStringLiteral("pagination");
    auto pagination = ResponseFields::requireObject(data, field);
    if (!pagination) {
        return pagination.error();
    }
    auto page = ResponseFields::requireInteger(*pagination, QStringLiteral("page"));
    auto limit = ResponseFields::requireInteger(*pagination, QStringLiteral("limit"));
    auto total = ResponseFields::requireInteger(*pagination, QStringLiteral("total"));
    if (core::Status read = ResponseFields::firstError(page, limit, total); !read) {
        return read.error();
    }
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    if (*page < 1 || *page > kIntMax || *limit < 1 || *limit > kIntMax || *total < 0) {
        return ResponseFields::invalid(field);
    }
    return ListPage{static_cast<int>(*page), static_cast<int>(*limit), *total};
}

} // namespace baartal::sync
