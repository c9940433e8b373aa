#pragma once

#include "core/result/result.h"

#include <QString>
#include <QUrlQuery>

namespace baartal::server {

// Reads typed values out of a request's query string, with the same error codes everywhere.
class QueryFields {
public:
    QueryFields() = delete;

    // A whole number within [min, max], or `fallback` when absent or empty; anything else is Invalid
    // "invalid_<name>" with a message that says the range.
    static core::Result<int> number(const QUrlQuery& query, const QString& name, int fallback, int min,
                                    int max);
};

} // namespace baartal::server
