#include "tests/ui/app/pos_test_shop.h"

namespace baartal::testsupport {

const QString PosTestShop::kLogin = QStringLiteral("shop@baartal.test");

core::Result<std::unique_ptr<PosTestShop>> PosTestShop::start()
{
    std::unique_ptr<PosTestShop> shop(new PosTestShop);
    if (!shop->m_dir.isValid()) {
        return core::Error::internal(QStringLiteral("pos_test_shop_failed"), shop->m_dir.errorString());
    }
    auto server = ServerFixture::start(core::Dialect::Sqlite);
    if (!server) {
        return server.error();
    }
    shop->m_server = std::move(*server);
    auto merchant = shop->m_server->addMerchant(kLogin, true, 10);
    if (!merchant) {
        return merchant.error();
    }
    shop->m_merchantId = merchant->id;
    return shop;
}

ui::PosOptions PosTestShop::options(const QString& password) const
{
    ui::PosOptions o;
    o.server = m_server->api().baseUrl().toString();
    o.login = kLogin;
    o.password = password;
    o.database = m_dir.filePath(QStringLiteral("counter.sqlite"));
    o.settingsFile = m_dir.filePath(QStringLiteral("baartal-pos.conf"));
    return o;
}

} // namespace baartal::testsupport
