#include "tests/server/support/server_test_case.h"

#include "tests/testsupport/test_backends.h"

#include <QTest>

namespace baartal::testsupport {

namespace {

bool fail(const core::Error& error)
{
    QTest::qFail(qPrintable(error.code + QLatin1String(": ") + error.message), __FILE__, __LINE__);
    return false;
}

} // namespace

ServerTestCase::ServerTestCase(QObject* parent)
    : QObject(parent)
{
}

ServerTestCase::~ServerTestCase() = default;

void ServerTestCase::addBackendRows()
{
    TestBackends::addColumn();
    TestBackends::addRows();
}

void ServerTestCase::addBadInputRows(const QList<BadInput>& cases)
{
    QTest::addColumn<core::Dialect>("dialect");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const core::Dialect dialect : TestBackends::dialects()) {
        for (const BadInput& input : cases) {
            QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), input.name)
                << dialect << input.body << input.status << QString::fromLatin1(input.code);
        }
    }
}

void ServerTestCase::addBadQueryRows(const QList<BadQuery>& cases)
{
    QTest::addColumn<core::Dialect>("dialect");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    for (const core::Dialect dialect : TestBackends::dialects()) {
        for (const BadQuery& bad : cases) {
            QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), bad.name)
                << dialect << QString::fromLatin1(bad.query) << QString::fromLatin1(bad.code);
        }
    }
}

void ServerTestCase::addListingRows(const char* column, const QList<ListingQuery>& cases)
{
    QTest::addColumn<core::Dialect>("dialect");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>(column);
    for (const core::Dialect dialect : TestBackends::dialects()) {
        for (const ListingQuery& listing : cases) {
            QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), listing.name)
                << dialect << QString::fromLatin1(listing.query)
                << QString::fromLatin1(listing.expected).split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
}

bool ServerTestCase::start(core::Dialect dialect)
{
    return start(dialect, [](server::ServerConfig&) {});
}

bool ServerTestCase::start(core::Dialect dialect, const std::function<void(server::ServerConfig&)>& configure)
{
    auto fixture = ServerFixture::start(dialect, configure);
    if (!fixture) {
        return fail(fixture.error());
    }
    m_server = std::move(*fixture);
    return true;
}

bool ServerTestCase::startWithShop(core::Dialect dialect, int issueRate)
{
    if (!start(dialect)) {
        return false;
    }
    auto shop = m_server->openShop(issueRate);
    if (!shop) {
        return fail(shop.error());
    }
    m_shop = std::move(*shop);
    return true;
}

qint64 ServerTestCase::rows(const QString& table)
{
    auto count = m_server->rowCount(table);
    return count ? *count : -1;
}

void ServerTestCase::cleanup()
{
    if (m_server) {
        m_server->verifyLedgerIsSound();
        m_server.reset();
    }
    m_shop = {};
}

} // namespace baartal::testsupport
