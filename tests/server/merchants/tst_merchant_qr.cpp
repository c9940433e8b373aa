#include "core/ids/ids.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/qr_reader.h"

#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::QrReader;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;

namespace {

QString qrPath(const QString& merchantId, const char* extension)
{
    return QStringLiteral("/api/v1/merchants/%1/qr.%2").arg(merchantId, QLatin1String(extension));
}

} // namespace

// The counter QR a shop prints: it opens <public base URL>/scan/{merchant_id} on the customer's phone.
class TestMerchantQr : public ServerTestCase {
    Q_OBJECT

private Q_SLOTS:
    void ownerGetsTheScanQr_data() { addBackendRows(); }

    void ownerGetsTheScanQr()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply png = server().api().get(qrPath(shop().merchant.id, "png"), shop().merchantToken);
        QCOMPARE(png.status, 200);
        QVERIFY(png.body.startsWith("\x89PNG"));
        QCOMPARE(QrReader::decode(png.body),
                 QStringLiteral("https://baartal.test/scan/") + shop().merchant.id);

        const ApiReply svg = server().api().get(qrPath(shop().merchant.id, "svg"), shop().merchantToken);
        QCOMPARE(svg.status, 200);
        QVERIFY(svg.body.contains("<svg"));
    }

    void othersAreRefused_data() { addBackendRows(); }

    void othersAreRefused()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        auto other = server().addMerchant(QStringLiteral("other@example.in"), true);
        QVERIFY(other.ok());
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const QString admin = server().login(QStringLiteral("admin@example.in"));
        const QString customer = server().login(ServerFixture::kCustomerLogin);

        // Another shop's merchant: refused alike whether the shop exists or not.
        QCOMPARE(server().api().get(qrPath(other->id, "png"), shop().merchantToken).errorCode(),
                 QStringLiteral("not_your_shop"));
        QCOMPARE(
            server().api().get(qrPath(baartal::core::Ids::newId(), "png"), shop().merchantToken).errorCode(),
            QStringLiteral("not_your_shop"));
        QCOMPARE(server().api().get(qrPath(other->id, "png"), customer).status, 403);
        QCOMPARE(server().api().get(qrPath(other->id, "png")).status, 401);

        // Admins print any shop's code; an unknown or malformed id is named as such.
        QCOMPARE(server().api().get(qrPath(other->id, "svg"), admin).status, 200);
        QCOMPARE(server().api().get(qrPath(baartal::core::Ids::newId(), "svg"), admin).errorCode(),
                 QStringLiteral("merchant_not_found"));
        QCOMPARE(server().api().get(qrPath(QStringLiteral("not-an-id"), "svg"), admin).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestMerchantQr)
#include "tst_merchant_qr.moc"
