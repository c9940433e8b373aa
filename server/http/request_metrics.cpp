#include "server/http/request_metrics.h"

#include <QTextStream>

namespace baartal::server {

namespace {

// Prometheus label values escape backslash, double quote and newline.
QString labelValue(QString text)
{
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

} // namespace

void RequestMetrics::record(const QString& method, const QString& route, int status, qint64 durationMicros)
{
    ++m_counts[{method, route, status}];
    m_micros[{method, route}] += durationMicros;
    ++m_timed[{method, route}];
}

QByteArray RequestMetrics::prometheusText() const
{
    QString text;
    QTextStream out(&text);
    out << "# HELP baartal_http_requests_total HTTP requests answered, by method, route and status.\n"
        << "# TYPE baartal_http_requests_total counter\n";
    for (const auto& [key, count] : m_counts) {
        const auto& [method, route, status] = key;
        out << "baartal_http_requests_total{method=\"" << labelValue(method) << "\",route=\""
            << labelValue(route) << "\",status=\"" << status << "\"} " << count << '\n';
    }
    out << "# HELP baartal_http_request_duration_seconds Time spent answering requests.\n"
        << "# TYPE baartal_http_request_duration_seconds summary\n";
    for (const auto& [key, micros] : m_micros) {
        const auto& [method, route] = key;
        const QString labels =
            QStringLiteral("{method=\"%1\",route=\"%2\"}").arg(labelValue(method), labelValue(route));
        out << "baartal_http_request_duration_seconds_sum" << labels << ' '
            << QString::number(double(micros) / 1e6, 'f', 6) << '\n'
            << "baartal_http_request_duration_seconds_count" << labels << ' ' << m_timed.at(key) << '\n';
    }
    out.flush();
    return text.toUtf8();
}

} // namespace baartal::server
