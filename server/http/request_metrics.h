#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <tuple>

namespace baartal::server {

// Counts the requests the server answered, per method, route template and status, with their total
// time, and renders them in the Prometheus text format for GET /metrics. Routes are labelled by their
// template ("/api/v1/merchants/{id}"), never the raw path, so the number of series stays bounded.
class RequestMetrics {
public:
    // The label of requests that matched no route.
    static QString unmatchedRoute() { return QStringLiteral("unmatched"); }

    void record(const QString& method, const QString& route, int status, qint64 durationMicros);
    QByteArray prometheusText() const;

private:
    using Series = std::tuple<QString, QString>;                  // method, route
    std::map<std::tuple<QString, QString, int>, qint64> m_counts; // method, route, status
    std::map<Series, qint64> m_micros;
    std::map<Series, qint64> m_timed;
};

} // namespace baartal::server
