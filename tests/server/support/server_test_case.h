#pragma once

#include "core/storage/dialect.h"
#include "tests/server/support/server_fixture.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace baartal::testsupport {

// The base of a test class whose functions each run against a fresh server. Qt Test runs the cleanup
// slot declared here after every test function: it checks the ledger the test left and stops the
// server, so a subclass declares no cleanup() of its own.
class ServerTestCase : public QObject {
    Q_OBJECT

public:
    explicit ServerTestCase(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ServerTestCase)
    ~ServerTestCase() override;

protected:
    // A request body the server refuses, and the status and error code it answers with.
    struct BadInput {
        const char* name;
        QByteArray body;
        int status;
        const char* code;
    };

    // A query string the server refuses with 400, and the error code it answers with.
    struct BadQuery {
        const char* name;
        const char* query;
        const char* code;
    };

    // A _data() table with one row per storage engine, for test functions that need nothing else.
    static void addBackendRows();
    // A _data() table of dialect, body, status and code: every case on every storage engine.
    static void addBadInputRows(const QList<BadInput>& cases);
    // A _data() table of dialect, query and code: every case on every storage engine.
    static void addBadQueryRows(const QList<BadQuery>& cases);

    // A query string and what it should list, comma-separated ("earn,earn"; "" for nothing).
    struct ListingQuery {
        const char* name;
        const char* query;
        const char* expected;
    };
    // A _data() table of dialect, query and the expected list as a QStringList column named `column`.
    static void addListingRows(const char* column, const QList<ListingQuery>& cases);

    // Starts the server for the current test function; when it cannot start, fails the test and
    // returns false.
    [[nodiscard]] bool start(core::Dialect dialect);
    // start() with changed server settings, as ServerFixture::start takes them.
    [[nodiscard]] bool start(core::Dialect dialect,
                             const std::function<void(server::ServerConfig&)>& configure);
    // start(), then the fixture's shop at issueRate coins per ₹100, for tests of a sale.
    [[nodiscard]] bool startWithShop(core::Dialect dialect, int issueRate = 5);
    ServerFixture& server() { return *m_server; }
    const TestShop& shop() const { return m_shop; }
    // The rows in a table, or -1 when they cannot be counted (which fails the comparison it is in).
    qint64 rows(const QString& table);

private Q_SLOTS:
    void cleanup();

private:
    std::unique_ptr<ServerFixture> m_server;
    TestShop m_shop;
};

} // namespace baartal::testsupport
