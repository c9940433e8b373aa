#include "sync/client/history_page.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<HistoryPage> HistoryPage::fromJson(const QJsonObject& data)
{
    const QString paginationField = QStringLiteral("pagination");
    auto pagination = ResponseFields::requireObject(data, paginationField);
    if (!pagination) {
        return pagination.error();
    }
    auto page = ResponseFields::requireInteger(*pagination, QStringLiteral("page"));
    auto limit = ResponseFields::requireInteger(*pagination, QStringLiteral("limit"));
    auto total = ResponseFields::requireInteger(*pagination, QStringLiteral("total"));
    if (!page || !limit || !total || *page < 1 || *limit < 1 || *total < 0 || *page > INT_MAX ||
        *limit > INT_MAX) {
        return ResponseFields::invalid(paginationField);
    }
    auto entries = ResponseFields::requireList<HistoryEntry>(data, QStringLiteral("transactions"),
                                                             &HistoryEntry::fromJson);
    if (!entries) {
        return entries.error();
    }
    if (entries->size() > *limit) {
        return ResponseFields::invalid(QStringLiteral("transactions"));
    }
    HistoryPage result;
    result.page = static_cast<int>(*page);
    result.limit = static_cast<int>(*limit);
    result.total = *total;
    result.entries = *entries;
    return result;
}

} // namespace baartal::sync
