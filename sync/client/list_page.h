#pragma once

#include "core/result/result.h"

#include <QJsonObject>

namespace baartal::sync {

// The `pagination` object of a paged list: which page this is, its size and how many items match.
struct ListPage {
    int page = 1;
    int limit = 50;
    qint64 total = 0;

    int pageCount() const { return total == 0 ? 1 : static_cast<int>((total + limit - 1) / limit); }

    // Reads data["pagination"]; a page or limit below 1 is "invalid_response".
    static core::Result<ListPage> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
