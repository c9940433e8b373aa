#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/pdf_probe.h"
#include "tests/testsupport/qr_reader.h"
#include "tests/testsupport/test_backends.h"

#include <QRegularExpression>
#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::PdfProbe;
using baartal::testsupport::QrReader;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

QString posterPath(const QString& merchantId)
{
    return QStringLiteral("/api/v1/merchants/%1/poster.pdf").arg(merchantId);
}

// Runs of spaces that pdftotext's layout puts between words, as one space.
QString words(QString text)
{
    return text.simplified();
}

} // namespace

// The A6 poster a shop prints for its counter: read back with poppler, an independent PDF reader, and
// its QR decoded from the rendered page as a phone would.
class TestMerchantPoster : public ServerTestCase {
    Q_OBJECT

private:
    // Renames the fixture's shop directly, for names the sign-up form would also accept.
    bool rename(const QString& name)
    {
        baartal::core::Merchant merchant = shop().merchant;
        merchant.businessName = name;
        return baartal::core::MerchantRepository(server().database()).update(merchant).ok();
    }

private Q_SLOTS:
    void posterCarriesTheShopAndItsQr_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("printed"); // what the page shows of the name
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray backend = TestBackends::name(dialect).toLatin1();
            QTest::addRow("%s/plain", backend.constData())
                << dialect << QStringLiteral("Dadar Fresh Grocers") << QStringLiteral("Dadar Fresh Grocers");
            QTest::addRow("%s/pdf syntax characters", backend.constData())
                << dialect << QStringLiteral("Ram & Sons (Dadar) \\ 100%")
                << QStringLiteral("Ram & Sons (Dadar) \\ 100%");
            QTest::addRow("%s/latin-1 accents", backend.constData())
                << dialect << QStringLiteral("Café Zoë") << QStringLiteral("Café Zoë");
            // Hindi and Marathi names with conjuncts (र्म, क्ष, श्र), a reph and matras that render
            // before their consonant: extracted back exactly as typed.
            QTest::addRow("%s/hindi", backend.constData())
                << dialect << QStringLiteral("शर्मा किराना भंडार") << QStringLiteral("शर्मा किराना भंडार");
            QTest::addRow("%s/marathi", backend.constData())
                << dialect << QStringLiteral("श्री लक्ष्मी किराणा माल")
                << QStringLiteral("श्री लक्ष्मी किराणा माल");
            QTest::addRow("%s/mixed scripts", backend.constData())
                << dialect << QStringLiteral("Shree किराना 24x7") << QStringLiteral("Shree किराना 24x7");
            // Too long for the page even in small type: cut short with "...".
            QTest::addRow("%s/very long", backend.constData())
                << dialect
                << QStringLiteral("The Extraordinarily Well Stocked Provision and General Store of Upper "
                                  "Dadar West, Mumbai 400028")
                << QStringLiteral("Store of Upper Dadar West, ...");
        }
    }

    void posterCarriesTheShopAndItsQr()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, name);
        QFETCH(QString, printed);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(rename(name));
        const ApiReply reply = server().api().get(posterPath(shop().merchant.id), shop().merchantToken);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.startsWith("%PDF-1.4\n"));
        const PdfProbe probe(reply.body);

        auto info = probe.info();
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QVERIFY2(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+1\n"))), qPrintable(*info));
        // A6 is 105 × 148 mm (this pdfinfo names only the larger paper sizes).
        auto size = probe.pageSizePt();
        QVERIFY(size.ok());
        QVERIFY(qAbs(size->width() - 105.0 / 25.4 * 72.0) < 0.01);
        QVERIFY(qAbs(size->height() - 148.0 / 25.4 * 72.0) < 0.01);

        auto text = probe.text();
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
        const QString page = words(*text);
        QVERIFY2(page.contains(printed), qPrintable(page));
        QVERIFY2(!page.contains(u'?'), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Grocery")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Scan to earn B-Coins")), qPrintable(page));
        // The URL printed under the QR, for a phone that cannot scan, is never cut short.
        QVERIFY2(page.contains(QStringLiteral("https://baartal.test/scan/") + shop().merchant.id),
                 qPrintable(page));

        // 150 dpi is a plain office print; the scanner must read the QR from it.
        auto png = probe.renderPng(150);
        QVERIFY2(png.ok(), qPrintable(png.ok() ? QString() : png.error().message));
        QCOMPARE(QrReader::decode(*png), QStringLiteral("https://baartal.test/scan/") + shop().merchant.id);
    }

    void onlyTheOwnerAndAdminsPrintIt_data() { addBackendRows(); }

    void onlyTheOwnerAndAdminsPrintIt()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        auto other = server().addMerchant(QStringLiteral("other@example.in"), true);
        QVERIFY(other.ok());
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const QString admin = server().login(QStringLiteral("admin@example.in"));

        const ApiReply foreign = server().api().get(posterPath(other->id), shop().merchantToken);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.errorCode(), QStringLiteral("not_your_shop"));
        QCOMPARE(
            server().api().get(posterPath(baartal::core::Ids::newId()), shop().merchantToken).errorCode(),
            QStringLiteral("not_your_shop"));
        QCOMPARE(
            server().api().get(posterPath(other->id), server().login(ServerFixture::kCustomerLogin)).status,
            403);
        QCOMPARE(server().api().get(posterPath(other->id)).status, 401);

        const ApiReply printed = server().api().get(posterPath(other->id), admin);
        QCOMPARE(printed.status, 200);
        QVERIFY(printed.body.startsWith("%PDF"));
        QCOMPARE(server().api().get(posterPath(baartal::core::Ids::newId()), admin).errorCode(),
                 QStringLiteral("merchant_not_found"));
        QCOMPARE(server().api().get(posterPath(QStringLiteral("not-an-id")), admin).errorCode(),
                 QStringLiteral("invalid_id"));
    }
};

QTEST_GUILESS_MAIN(TestMerchantPoster)
#include "tst_merchant_poster.moc"
