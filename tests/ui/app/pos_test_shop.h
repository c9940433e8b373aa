#pragma once

#include "core/result/result.h"
#include "tests/server/support/server_fixture.h"
#include "ui/app/pos_options.h"

#include <QTemporaryDir>

#include <memory>

namespace baartal::testsupport {

// What the POS controller tests start baartal-pos against: a real server (SQLite) with an approved shop
// at 10 coins per ₹100, and a temporary folder for the counter store.
class PosTestShop {
public:
    static const QString kLogin;

    Q_DISABLE_COPY_MOVE(PosTestShop)
    ~PosTestShop() = default;

    static core::Result<std::unique_ptr<PosTestShop>> start();

    ServerFixture& server() { return *m_server; }
    const QString& merchantId() const { return m_merchantId; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // baartal-pos as the demo starts it: --server, --login, --password, and a counter store and a settings
    // file of its own.
    ui::PosOptions options(const QString& password = ServerFixture::kPassword) const;

private:
    PosTestShop() = default;

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_server;
    QString m_merchantId;
};

} // namespace baartal::testsupport
