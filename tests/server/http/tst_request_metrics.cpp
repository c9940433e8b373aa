#include "server/http/request_metrics.h"
#include "tests/server/support/server_fixture.h"

#include <QTest>

using namespace baartal;
using server::RequestMetrics;
using testsupport::ServerFixture;

class TestRequestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsPerMethodRouteAndStatus()
    {
        RequestMetrics metrics;
        metrics.record(QStringLiteral("GET"), QStringLiteral("/api/v1/wallet"), 200, 1500);
        metrics.record(QStringLiteral("GET"), QStringLiteral("/api/v1/wallet"), 200, 2500);
        metrics.record(QStringLiteral("GET"), QStringLiteral("/api/v1/wallet"), 401, 100);
        const QByteArray text = metrics.prometheusText();
        QVERIFY(text.contains("# TYPE baartal_http_requests_total counter\n"));
        QVERIFY(text.contains(
            "baartal_http_requests_total{method=\"GET\",route=\"/api/v1/wallet\",status=\"200\"} 2\n"));
        QVERIFY(text.contains(
            "baartal_http_requests_total{method=\"GET\",route=\"/api/v1/wallet\",status=\"401\"} 1\n"));
        QVERIFY(text.contains(
            "baartal_http_request_duration_seconds_sum{method=\"GET\",route=\"/api/v1/wallet\"} 0.004100\n"));
        QVERIFY(text.contains(
            "baartal_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/wallet\"} 3\n"));
    }

    void escapesLabelValues_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("quote") << "/a\"b" << QByteArray("route=\"/a\\\"b\"");
        QTest::newRow("backslash") << "/a\\b" << QByteArray("route=\"/a\\\\b\"");
        QTest::newRow("newline") << "/a\nb" << QByteArray("route=\"/a\\nb\"");
    }

    void escapesLabelValues()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, label);
        RequestMetrics metrics;
        metrics.record(QStringLiteral("GET"), route, 200, 1);
        QVERIFY2(metrics.prometheusText().contains(label), metrics.prometheusText().constData());
    }

    // The real server counts by route template, so ids in paths never become series of their own.
    void serverCountsWhatItAnswered()
    {
        auto fixture = ServerFixture::start(core::Dialect::Sqlite);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        ServerFixture& server = **fixture;
        QCOMPARE(server.api().get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(server.api().get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(server.api().get(QStringLiteral("/no/such/route")).status, 404);
        QCOMPARE(server.api().get(QStringLiteral("/api/v1/wallet")).status, 401);

        const auto reply = server.api().get(QStringLiteral("/metrics"));
        QCOMPARE(reply.status, 200);
        const QByteArray& text = reply.body;
        QVERIFY2(text.contains(
                     "baartal_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 2\n"),
                 text.constData());
        QVERIFY(text.contains(
            "baartal_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1\n"));
        QVERIFY(text.contains(
            "baartal_http_requests_total{method=\"GET\",route=\"/api/v1/wallet\",status=\"401\"} 1\n"));
        QVERIFY(!text.contains("/no/such/route"));
    }
};

QTEST_GUILESS_MAIN(TestRequestMetrics)
#include "tst_request_metrics.moc"
