#include "core/bundles/bundle_repository.h"
#include "core/crypto/password_hasher.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "core/users/account_service.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kBundles = QStringLiteral("/api/v1/bundles");

struct ShopSpec {
    const char* name;
    const char* category;
    bool approved;
    std::optional<double> lat;
    std::optional<double> lng;
};

struct BundleSpec {
    const char* name;
    const char* pincode;
    bool active;
    QList<ShopSpec> shops;
};

// Around Dadar, Mumbai; the caller stands at 19.02, 72.84. Created far-first, so an answer ordered by
// distance cannot be the creation order by chance.
const QList<BundleSpec> kMap{
    {"Andheri", "400053", true, {{"Andheri Grocer", "grocery", true, 19.1197, 72.8468}}},
    {"Prabhadevi", "400025", true, {{"Prabhadevi Chemist", "pharmacy", true, 19.0150, 72.8290}}},
    {"Dadar East", "400014", true, {{"East Grocer", "grocery", true, 19.0180, 72.8480}}},
    {"Dadar West",
     "400028",
     true,
     {{"Dadar Grocer", "grocery", true, 19.0190, 72.8420},
      {"Aarti Salon", "saloon", true, 19.0210, 72.8440},
      {"Pending Chemist", "pharmacy", false, 19.0200, 72.8400},
      {"Unpinned Cafe", "restaurant", true, std::nullopt, std::nullopt}}},
    {"Dadar Waiting", "400028", true, {{"Waiting Grocer", "grocery", false, 19.0201, 72.8401}}},
    {"Dadar Closed", "400028", false, {{"Closed Grocer", "grocery", true, 19.0202, 72.8402}}},
};

QStringList namesOf(const QJsonArray& array, const QString& field)
{
    QStringList names;
    for (const QJsonValue& value : array) {
        names.append(value.toObject().value(field).toString());
    }
    return names;
}

QJsonArray bundlesOf(const ApiReply& reply)
{
    return reply.data().value(QStringLiteral("bundles")).toArray();
}

} // namespace

class TestBundleRoutes : public ServerTestCase {
    Q_OBJECT

private:
    // The map above written to the database: bundle name → id. Fails the test on any error.
    bool seed()
    {
        baartal::core::PasswordHasher hasher(baartal::core::PasswordHasher::Strength::Minimal);
        baartal::core::AccountService accounts(server().database(), hasher, server().clock());
        int shopNumber = 0;
        for (const BundleSpec& spec : kMap) {
            server().clock().advanceSecs(1);
            const baartal::core::Bundle bundle{baartal::core::Ids::newId(), QString::fromUtf8(spec.name),
                                               QString::fromLatin1(spec.pincode), spec.active,
                                               server().clock().now()};
            if (!baartal::core::BundleRepository(server().database()).add(bundle).ok()) {
                return false;
            }
            m_bundleIds.insert(bundle.regionName, bundle.id);
            for (const ShopSpec& shop : spec.shops) {
                auto account =
                    accounts.registerAccount({QStringLiteral("shop%1@example.in").arg(++shopNumber),
                                              ServerFixture::kPassword,
                                              baartal::core::UserRole::Merchant,
                                              {},
                                              {}});
                if (!account) {
                    return false;
                }
                baartal::core::Merchant merchant;
                merchant.id = baartal::core::Ids::newId();
                merchant.userId = account->user.id;
                merchant.businessName = QString::fromUtf8(shop.name);
                merchant.category = QString::fromLatin1(shop.category);
                merchant.pincode = bundle.pincode;
                merchant.address = QStringLiteral("Ranade Road, Mumbai");
                merchant.lat = shop.lat;
                merchant.lng = shop.lng;
                merchant.bcoinIssueRate = 7;
                merchant.qrCodeUrl = QStringLiteral("https://baartal.test/scan/") + merchant.id;
                merchant.bundleId = bundle.id;
                merchant.approved = shop.approved;
                merchant.createdAt = server().clock().now();
                if (!baartal::core::MerchantRepository(server().database()).add(merchant).ok()) {
                    return false;
                }
            }
        }
        return true;
    }

    // start(), the map, and a signed-in customer.
    bool startOnMap(Dialect dialect)
    {
        if (!start(dialect)) {
            return false;
        }
        m_bundleIds.clear();
        if (!seed() || !server().registerCustomer(ServerFixture::kCustomerLogin).ok()) {
            QTest::qFail("could not seed the bundles", __FILE__, __LINE__);
            return false;
        }
        m_token = server().login(ServerFixture::kCustomerLogin);
        return true;
    }

    QHash<QString, QString> m_bundleIds;
    QString m_token;

private Q_SLOTS:
    void listsBundles_data()
    {
        addListingRows(
            "bundles",
            {
                {"pincode: only active bundles with an approved shop", "pincode=400028", "Dadar West"},
                {"another pincode", "pincode=400014", "Dadar East"},
                {"pincode with no bundle", "pincode=400099", ""},
                {"position: nearest first within 5 km", "lat=19.02&lng=72.84",
                 "Dadar West,Dadar East,Prabhadevi"},
                {"position, wider radius", "lat=19.02&lng=72.84&radius_km=20",
                 "Dadar West,Dadar East,Prabhadevi,Andheri"},
                {"position, tight radius", "lat=19.02&lng=72.84&radius_km=0.5", "Dadar West"},
                {"position in Andheri", "lat=19.1197&lng=72.8468", "Andheri"},
                {"position at sea", "lat=18.90&lng=72.60", ""},
                {"pincode and position", "pincode=400028&lat=19.02&lng=72.84", "Dadar West"},
            });
    }

    void listsBundles()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QStringList, bundles);
        if (!startOnMap(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kBundles + QLatin1Char('?') + query, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namesOf(bundlesOf(reply), QStringLiteral("name")), bundles);
    }

    void pincodeListingShowsApprovedShopsByName_data() { addBackendRows(); }

    void pincodeListingShowsApprovedShopsByName()
    {
        QFETCH(Dialect, dialect);
        if (!startOnMap(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kBundles + QStringLiteral("?pincode=400028"), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(bundlesOf(reply).size(), 1);
        const QJsonObject bundle = bundlesOf(reply).first().toObject();
        QCOMPARE(bundle.value(QStringLiteral("id")).toString(),
                 m_bundleIds.value(QStringLiteral("Dadar West")));
        QCOMPARE(bundle.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        const QJsonArray shops = bundle.value(QStringLiteral("shops")).toArray();
        QCOMPARE(namesOf(shops, QStringLiteral("business_name")),
                 (QStringList{QStringLiteral("Aarti Salon"), QStringLiteral("Dadar Grocer"),
                              QStringLiteral("Unpinned Cafe")}));
        const QJsonObject salon = shops.first().toObject();
        QCOMPARE(salon.value(QStringLiteral("category")).toString(), QStringLiteral("saloon"));
        QCOMPARE(salon.value(QStringLiteral("address")).toString(), QStringLiteral("Ranade Road, Mumbai"));
        QCOMPARE(salon.value(QStringLiteral("bcoin_issue_rate")).toInt(), 7);
        QCOMPARE(salon.value(QStringLiteral("lat")).toDouble(), 19.0210);
        QCOMPARE(salon.value(QStringLiteral("lng")).toDouble(), 72.8440);
        QVERIFY(!salon.contains(QStringLiteral("distance_km")));
        QVERIFY(shops.last().toObject().value(QStringLiteral("lat")).isNull());
    }

    void positionListingShowsDistances_data() { addBackendRows(); }

    void positionListingShowsDistances()
    {
        QFETCH(Dialect, dialect);
        if (!startOnMap(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kBundles + QStringLiteral("?lat=19.02&lng=72.84"), m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray shops = bundlesOf(reply).first().toObject().value(QStringLiteral("shops")).toArray();
        // Nearest first, the shop without a pin last and without a distance.
        QCOMPARE(namesOf(shops, QStringLiteral("business_name")),
                 (QStringList{QStringLiteral("Dadar Grocer"), QStringLiteral("Aarti Salon"),
                              QStringLiteral("Unpinned Cafe")}));
        QCOMPARE(shops.at(0).toObject().value(QStringLiteral("distance_km")).toDouble(), 0.24);
        QCOMPARE(shops.at(1).toObject().value(QStringLiteral("distance_km")).toDouble(), 0.43);
        QVERIFY(!shops.at(2).toObject().contains(QStringLiteral("distance_km")));
        double previous = 0.0;
        for (const QJsonValue& bundle : bundlesOf(reply)) {
            const double nearest = bundle.toObject()
                                       .value(QStringLiteral("shops"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("distance_km"))
                                       .toDouble();
            QVERIFY2(nearest >= previous,
                     qPrintable(bundle.toObject().value(QStringLiteral("name")).toString()));
            previous = nearest;
        }
    }

    void showsOneBundle_data() { addBackendRows(); }

    void showsOneBundle()
    {
        QFETCH(Dialect, dialect);
        if (!startOnMap(dialect)) {
            return;
        }
        const ApiReply dadar = server().api().get(
            kBundles + QLatin1Char('/') + m_bundleIds.value(QStringLiteral("Dadar West")), m_token);
        QCOMPARE(dadar.status, 200);
        QCOMPARE(dadar.data().value(QStringLiteral("name")).toString(), QStringLiteral("Dadar West"));
        QCOMPARE(
            namesOf(dadar.data().value(QStringLiteral("shops")).toArray(), QStringLiteral("business_name")),
            (QStringList{QStringLiteral("Aarti Salon"), QStringLiteral("Dadar Grocer"),
                         QStringLiteral("Unpinned Cafe")}));

        // A bundle whose shops await approval exists, with no shops to show yet.
        const ApiReply waiting = server().api().get(
            kBundles + QLatin1Char('/') + m_bundleIds.value(QStringLiteral("Dadar Waiting")), m_token);
        QCOMPARE(waiting.status, 200);
        QVERIFY(waiting.data().value(QStringLiteral("shops")).toArray().isEmpty());

        // Every signed-in role may look.
        QVERIFY(server().addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        for (const QString& login :
             {QStringLiteral("grocer@example.in"), QStringLiteral("admin@example.in")}) {
            const ApiReply reply =
                server().api().get(kBundles + QStringLiteral("?pincode=400014"), server().login(login));
            QCOMPARE(reply.status, 200);
        }
    }

    void refusesUnknownBundles_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const Dialect dialect : TestBackends::dialects()) {
            const QString name = TestBackends::name(dialect);
            QTest::addRow("%s/unknown id", qPrintable(name))
                << dialect << QStringLiteral("6f1c2a4e-0000-4000-8000-000000000000") << 404
                << QStringLiteral("bundle_not_found");
            QTest::addRow("%s/inactive bundle", qPrintable(name))
                << dialect << QStringLiteral("{Dadar Closed}") << 404 << QStringLiteral("bundle_not_found");
            QTest::addRow("%s/not an id", qPrintable(name))
                << dialect << QStringLiteral("dadar") << 400 << QStringLiteral("invalid_id");
        }
    }

    void refusesUnknownBundles()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startOnMap(dialect)) {
            return;
        }
        if (id.startsWith(QLatin1Char('{'))) {
            id = m_bundleIds.value(id.mid(1, id.size() - 2));
        }
        const ApiReply reply = server().api().get(kBundles + QLatin1Char('/') + id, m_token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
    }

    void refusesBadParameters_data()
    {
        addBadQueryRows({
            {"nothing", "", "missing_location"},
            {"empty pincode", "pincode=", "missing_location"},
            {"radius alone", "radius_km=3", "missing_location"},
            {"short pincode", "pincode=4000", "invalid_pincode"},
            {"pincode with letters", "pincode=40002A", "invalid_pincode"},
            {"pincode starting with 0", "pincode=040028", "invalid_pincode"},
            {"lat without lng", "lat=19.02", "invalid_coordinates"},
            {"lng without lat", "lng=72.84", "invalid_coordinates"},
            {"lat out of range", "lat=91&lng=72.84", "invalid_coordinates"},
            {"lng out of range", "lat=19.02&lng=181", "invalid_coordinates"},
            {"coordinates as words", "lat=north&lng=east", "invalid_coordinates"},
            {"coordinates not finite", "lat=nan&lng=inf", "invalid_coordinates"},
            {"zero radius", "lat=19.02&lng=72.84&radius_km=0", "invalid_radius"},
            {"radius over 50", "lat=19.02&lng=72.84&radius_km=51", "invalid_radius"},
            {"radius as a word", "lat=19.02&lng=72.84&radius_km=far", "invalid_radius"},
        });
    }

    void refusesBadParameters()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QString, code);
        if (!startOnMap(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kBundles + QLatin1Char('?') + query, m_token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }

    void needsSignIn_data() { addBackendRows(); }

    void needsSignIn()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const ApiReply anonymous = server().api().get(kBundles + QStringLiteral("?pincode=400028"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("missing_token"));
    }
};

QTEST_GUILESS_MAIN(TestBundleRoutes)
#include "tst_bundle_routes.moc"
