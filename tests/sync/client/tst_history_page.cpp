#include "sync/client/history_page.h"
#include "sync/client/history_query.h"

#include <QJsonArray>
#include <QTest>

using namespace baartal;

namespace {

QJsonObject goodEntry()
{
    return {{QStringLiteral("txn_id"), QStringLiteral("4d4f3b7e-0000-4000-8000-000000000001")},
            {QStringLiteral("customer_id"), QStringLiteral("4d4f3b7e-0000-4000-8000-000000000002")},
            {QStringLiteral("merchant_id"), QStringLiteral("4d4f3b7e-0000-4000-8000-000000000003")},
            {QStringLiteral("amount"), 123456.5},
            {QStringLiteral("bcoins_earned"), 6172},
            {QStringLiteral("bcoins_spent"), 0},
            {QStringLiteral("type"), QStringLiteral("earn")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-01-15T10:00:00.000Z")},
            {QStringLiteral("contact"), QStringLiteral("98•••••345")},
            {QStringLiteral("client_txn_id"), QJsonValue()},
            {QStringLiteral("reason"), QString()},
            {QStringLiteral("voids_txn_id"), QJsonValue()},
            {QStringLiteral("voided_by"), QStringLiteral("4d4f3b7e-0000-4000-8000-000000000009")}};
}

QJsonObject pageWith(const QJsonArray& entries, qint64 page = 1, qint64 limit = 20, qint64 total = 1)
{
    return {{QStringLiteral("transactions"), entries},
            {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("page"), page},
                                                       {QStringLiteral("limit"), limit},
                                                       {QStringLiteral("total"), total}}}};
}

} // namespace

// The history page the server sends, read strictly: anything off-contract is "invalid_response".
class TestHistoryPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAGoodPage()
    {
        auto page = sync::HistoryPage::fromJson(pageWith({goodEntry()}, 2, 20, 45));
        QVERIFY(page.ok());
        QCOMPARE(page->page, 2);
        QCOMPARE(page->total, 45);
        QVERIFY(page->hasMore());
        QCOMPARE(page->entries.size(), 1);
        const sync::HistoryEntry& entry = page->entries.first();
        QCOMPARE(entry.bill, core::Paise(12'345'650));
        QCOMPARE(entry.earned, core::Coins(6172));
        QCOMPARE(entry.type, core::TransactionType::Earn);
        QCOMPARE(entry.time, QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
        QVERIFY(entry.isVoided());
        QVERIFY(entry.clientTxnId.isEmpty());
        QVERIFY(!sync::HistoryPage::fromJson(pageWith({goodEntry()}, 3, 20, 45))->hasMore());
    }

    void refusesABrokenAnswer_data()
    {
        QTest::addColumn<QJsonObject>("data");
        auto entryWith = [](const QString& field, const QJsonValue& value) {
            QJsonObject entry = goodEntry();
            if (value.isUndefined()) {
                entry.remove(field);
            } else {
                entry.insert(field, value);
            }
            return pageWith({entry});
        };
        QTest::newRow("no pagination") << QJsonObject{{QStringLiteral("transactions"), QJsonArray()}};
        QTest::newRow("no transactions")
            << QJsonObject{{QStringLiteral("pagination"), pageWith({}).value(QStringLiteral("pagination"))}};
        QTest::newRow("page zero") << pageWith({}, 0);
        QTest::newRow("negative total") << pageWith({}, 1, 20, -1);
        QTest::newRow("more rows than the limit") << pageWith({goodEntry(), goodEntry()}, 1, 1, 2);
        QTest::newRow("row not an object") << pageWith({42});
        QTest::newRow("no txn_id") << entryWith(QStringLiteral("txn_id"), QJsonValue::Undefined);
        QTest::newRow("unknown type") << entryWith(QStringLiteral("type"), QStringLiteral("purchase"));
        QTest::newRow("bad time") << entryWith(QStringLiteral("timestamp"), QStringLiteral("yesterday"));
        QTest::newRow("amount as text") << entryWith(QStringLiteral("amount"), QStringLiteral("100"));
        QTest::newRow("amount in fractions of paise") << entryWith(QStringLiteral("amount"), 1.005);
        QTest::newRow("negative coins") << entryWith(QStringLiteral("bcoins_earned"), -5);
        QTest::newRow("fractional coins") << entryWith(QStringLiteral("bcoins_spent"), 1.5);
        QTest::newRow("no contact") << entryWith(QStringLiteral("contact"), QJsonValue::Undefined);
        QTest::newRow("reason a number") << entryWith(QStringLiteral("reason"), 3);
        QTest::newRow("void without what it voids")
            << entryWith(QStringLiteral("type"), QStringLiteral("void"));
        QTest::newRow("sale that voids something") << entryWith(
            QStringLiteral("voids_txn_id"), QStringLiteral("4d4f3b7e-0000-4000-8000-000000000001"));
    }

    void refusesABrokenAnswer()
    {
        QFETCH(QJsonObject, data);
        auto page = sync::HistoryPage::fromJson(data);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("invalid_response"));
    }

    void queryCarriesOnlyTheFiltersSet_data()
    {
        QTest::addColumn<sync::HistoryQuery>("query");
        QTest::addColumn<QString>("expected");
        sync::HistoryQuery plain;
        QTest::newRow("nothing set") << plain << QStringLiteral("page=1&limit=50");
        sync::HistoryQuery full;
        full.from = QDate(2026, 1, 1);
        full.to = QDate(2026, 1, 31);
        full.customer = QStringLiteral(" +91 98200-12345 ");
        full.type = core::TransactionType::Void;
        full.page = 3;
        full.limit = 100;
        QTest::newRow("everything")
            << full
            << QStringLiteral(
                   "from=2026-01-01&to=2026-01-31&customer=%2B91%2098200-12345&type=void&page=3&limit=100");
    }

    void queryCarriesOnlyTheFiltersSet()
    {
        QFETCH(sync::HistoryQuery, query);
        QFETCH(QString, expected);
        QCOMPARE(query.toUrlQuery().toString(QUrl::FullyEncoded), expected);
    }
};

QTEST_GUILESS_MAIN(TestHistoryPage)
#include "tst_history_page.moc"
