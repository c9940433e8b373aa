#pragma once

#include "core/result/result.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace baartal::server {

// Which page of a list a request asks for (?page=&limit=), and the `pagination` object of the answer.
class PageRequest {
public:
    // page from 1 (capped so page × limit stays far inside an int), limit 1..maxLimit; errors are
    // "invalid_page" / "invalid_limit" (400).
    static core::Result<PageRequest> from(const QUrlQuery& query, int defaultLimit, int maxLimit);

    int page() const { return m_page; }
    int limit() const { return m_limit; }
    int offset() const { return (m_page - 1) * m_limit; }

    // {page, limit, total}.
    QJsonObject pagination(qint64 total) const;

private:
    PageRequest(int page, int limit)
        : m_page(page)
        , m_limit(limit)
    {
    }

    int m_page;
    int m_limit;
};

} // namespace baartal::server
