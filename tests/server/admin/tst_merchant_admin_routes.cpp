#include "core/approvals/approval_repository.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kMerchants = QStringLiteral("/api/v1/admin/merchants");
const QString kAdminLogin = QStringLiteral("staff@baartal.in");

} // namespace

class TestMerchantAdminRoutes : public ServerTestCase {
    Q_OBJECT

private:
    QString m_adminToken;

    [[nodiscard]] bool addShop(const QString& login, const QString& name, const QString& pincode,
                               bool approved, bool pending)
    {
        auto merchant = server().addMerchant(login, approved);
        if (!merchant) {
            QTest::qFail(qPrintable(merchant.error().message), __FILE__, __LINE__);
            return false;
        }
        merchant->businessName = name;
        merchant->pincode = pincode;
        baartal::core::Status written =
            baartal::core::MerchantRepository(server().database()).update(*merchant);
        if (written && pending) {
            written = baartal::core::ApprovalRepository(server().database())
                          .add({baartal::core::Ids::newId(),
                                merchant->id,
                                baartal::core::ApprovalStatus::Pending,
                                {},
                                {},
                                server().clock().now(),
                                {}});
        }
        if (!written) {
            QTest::qFail(qPrintable(written.error().message), __FILE__, __LINE__);
        }
        return written.ok();
    }

    // Three shops, one in each approval state, and an admin signed in.
    [[nodiscard]] bool startWithShops(Dialect dialect)
    {
        if (!start(dialect) || !server().addAdmin(kAdminLogin)) {
            return false;
        }
        m_adminToken = server().login(kAdminLogin);
        return !m_adminToken.isEmpty() &&
               addShop(QStringLiteral("+919812345678"), QStringLiteral("Sharma Kirana"),
                       QStringLiteral("400028"), true, false) &&
               addShop(QStringLiteral("pending@example.in"), QStringLiteral("Patel Medical"),
                       QStringLiteral("400050"), false, true) &&
               addShop(QStringLiteral("closed@example.in"), QStringLiteral("Joshi 50% Salon"),
                       QStringLiteral("411001"), false, false);
    }

private Q_SLOTS:
    void listsShopsByStateAndSearch_data()
    {
        addListingRows("names",
                       {
                           {"everything, by name", "", "Joshi 50% Salon,Patel Medical,Sharma Kirana"},
                           {"pending", "status=pending", "Patel Medical"},
                           {"approved", "status=approved", "Sharma Kirana"},
                           {"rejected", "status=rejected", "Joshi 50% Salon"},
                           {"name in any case", "q=KIRANA", "Sharma Kirana"},
                           {"digits of the phone", "q=98123", "Sharma Kirana"},
                           {"the phone with +91", "q=%2B919812345678", "Sharma Kirana"},
                           {"e-mail login", "q=pending@", "Patel Medical"},
                           {"start of the pincode", "q=4000", "Patel Medical,Sharma Kirana"},
                           {"the middle of a pincode is no match", "q=0028", ""},
                           {"a percent sign is literal", "q=%25", "Joshi 50% Salon"},
                           {"an underscore is literal", "q=_", ""},
                           {"search and state together", "status=approved&q=patel", ""},
                           {"second page", "limit=2&page=2", "Sharma Kirana"},
                           {"past the end", "limit=2&page=3", ""},
                       });
    }

    void listsShopsByStateAndSearch()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        if (!startWithShops(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kMerchants + QLatin1Char('?') + query, m_adminToken);
        QCOMPARE(reply.status, 200);
        QStringList listed;
        for (const QJsonValue& shop : reply.data().value(QStringLiteral("merchants")).toArray()) {
            listed << shop.toObject().value(QStringLiteral("business_name")).toString();
        }
        QCOMPARE(listed, names);
    }

    void showsWhatAnAdminNeeds_data() { addBackendRows(); }

    void showsWhatAnAdminNeeds()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShops(dialect)) {
            return;
        }
        const ApiReply reply =
            server().api().get(kMerchants + QStringLiteral("?limit=1&q=patel"), m_adminToken);
        QCOMPARE(reply.status, 200);
        const QJsonArray merchants = reply.data().value(QStringLiteral("merchants")).toArray();
        QCOMPARE(merchants.size(), 1);
        const QJsonObject shop = merchants.first().toObject();
        QCOMPARE(shop.value(QStringLiteral("owner_login")).toString(), QStringLiteral("pending@example.in"));
        QCOMPARE(shop.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(shop.value(QStringLiteral("category")).toString(), QStringLiteral("grocery"));
        QCOMPARE(shop.value(QStringLiteral("pincode")).toString(), QStringLiteral("400050"));
        QCOMPARE(shop.value(QStringLiteral("approved")).toBool(), false);
        const QJsonObject pagination = reply.data().value(QStringLiteral("pagination")).toObject();
        QCOMPARE(pagination.value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(pagination.value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(pagination.value(QStringLiteral("total")).toInteger(), 1);

        const ApiReply all = server().api().get(kMerchants + QStringLiteral("?limit=1"), m_adminToken);
        QCOMPARE(all.data()
                     .value(QStringLiteral("pagination"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 3);
    }

    void refusesBadParameters_data()
    {
        addBadQueryRows({
            {"unknown state", "status=open", "invalid_status"},
            {"state in capitals", "status=PENDING", "invalid_status"},
            {"page zero", "page=0", "invalid_page"},
            {"page as a word", "page=first", "invalid_page"},
            {"limit too big", "limit=201", "invalid_limit"},
            {"limit zero", "limit=0", "invalid_limit"},
        });
    }

    void refusesBadParameters()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QString, code);
        if (!startWithShops(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kMerchants + QLatin1Char('?') + query, m_adminToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }

    void shopsAndCustomersAreRefused_data() { addBackendRows(); }

    void shopsAndCustomersAreRefused()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply asShop = server().api().get(kMerchants, shop().merchantToken);
        QCOMPARE(asShop.status, 403);
        QCOMPARE(asShop.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply asCustomer = server().api().get(
            kMerchants, server().login(baartal::testsupport::ServerFixture::kCustomerLogin));
        QCOMPARE(asCustomer.status, 403);
        QCOMPARE(asCustomer.errorCode(), QStringLiteral("forbidden_role"));
    }
};

QTEST_GUILESS_MAIN(TestMerchantAdminRoutes)
#include "tst_merchant_admin_routes.moc"
