#include "core/merchants/merchant_repository.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <optional>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kMerchants = QStringLiteral("/api/v1/merchants");
const QString kMe = QStringLiteral("/api/v1/merchants/me");
const QString kAdminBundles = QStringLiteral("/api/v1/admin/bundles");
const QString kApprovals = QStringLiteral("/api/v1/admin/approvals");
const QString kAdminLogin = QStringLiteral("staff@baartal.in");

QJsonObject shopForm(const QString& name, const QString& category,
                     const QString& pincode = QStringLiteral("400028"))
{
    return {{QStringLiteral("business_name"), name},
            {QStringLiteral("category"), category},
            {QStringLiteral("pincode"), pincode},
            {QStringLiteral("address"), QStringLiteral("Ranade Road, Dadar West, Mumbai")}};
}

QJsonObject with(QJsonObject object, const QString& field, const QJsonValue& value)
{
    object.insert(field, value);
    return object;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList field(const QJsonArray& array, const QString& name)
{
    QStringList values;
    for (const QJsonValue& value : array) {
        values.append(value.toObject().value(name).toVariant().toString());
    }
    return values;
}

} // namespace

// A merchant signing up their shop and editing it, under the bundle rule: one shop per category per
// bundle, with alternatives offered when the category is taken.
class TestOnboardingRoutes : public ServerTestCase {
    Q_OBJECT

private:
    QString m_admin;
    int m_logins = 0;

    [[nodiscard]] bool startAsAdmin(Dialect dialect)
    {
        if (!start(dialect) || !server().addAdmin(kAdminLogin).ok()) {
            return false;
        }
        m_admin = server().login(kAdminLogin);
        m_logins = 0;
        return !m_admin.isEmpty();
    }

    // A bundle an admin opened; a second later than the one before, so "oldest" is well defined.
    QString openBundle(const QString& pincode, const QString& name, bool active = true)
    {
        server().clock().advanceSecs(1);
        const ApiReply created = server().api().post(
            kAdminBundles, {{QStringLiteral("pincode"), pincode}, {QStringLiteral("name"), name}}, m_admin);
        const QString id = created.data().value(QStringLiteral("id")).toString();
        if (!active) {
            server().api().patch(kAdminBundles + QLatin1Char('/') + id,
                                 {{QStringLiteral("status"), QStringLiteral("inactive")}}, m_admin);
        }
        return id;
    }

    // A new merchant account's sign-up with this form; the reply.
    ApiReply signUp(const QJsonObject& form, QString* token = nullptr)
    {
        const QString login = QStringLiteral("merchant%1@example.in").arg(++m_logins);
        const QString access = server().registerMerchant(login);
        if (token != nullptr) {
            *token = access;
        }
        return server().api().post(kMerchants, form, access);
    }

    // The pending approval of a shop, decided by the admin.
    bool approve(const QString& merchantId)
    {
        const ApiReply pending = server().api().get(kApprovals + QStringLiteral("?status=pending"), m_admin);
        for (const QJsonValue& approval : pending.data().value(QStringLiteral("approvals")).toArray()) {
            if (approval.toObject().value(QStringLiteral("merchant_id")).toString() == merchantId) {
                const QString id = approval.toObject().value(QStringLiteral("id")).toString();
                return server()
                           .api()
                           .post(kApprovals + QLatin1Char('/') + id,
                                 {{QStringLiteral("decision"), QStringLiteral("approve")}}, m_admin)
                           .status == 200;
            }
        }
        return false;
    }

    // A shop signed up in a chosen bundle and approved; its id.
    QString approvedShop(const QString& bundleId, const QString& category, const QString& pincode,
                         std::optional<std::pair<double, double>> pin = std::nullopt)
    {
        QJsonObject form = with(shopForm(category + QStringLiteral(" shop"), category, pincode),
                                QStringLiteral("bundle_id"), bundleId);
        if (pin) {
            form.insert(QStringLiteral("lat"), pin->first);
            form.insert(QStringLiteral("lng"), pin->second);
        }
        const QString id = signUp(form).data().value(QStringLiteral("id")).toString();
        return approve(id) ? id : QString();
    }

    // A grocer of 400028 signed up and approved; its id, empty when either step failed.
    QString approvedGrocer(QString* token)
    {
        const QString id = signUp(shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery")), token)
                               .data()
                               .value(QStringLiteral("id"))
                               .toString();
        return approve(id) ? id : QString();
    }

    QStringList pendingMerchantIds()
    {
        const ApiReply pending = server().api().get(kApprovals + QStringLiteral("?status=pending"), m_admin);
        return field(pending.data().value(QStringLiteral("approvals")).toArray(),
                     QStringLiteral("merchant_id"));
    }

private Q_SLOTS:
    void signUpJoinsThePincodesBundle_data() { addBackendRows(); }

    void signUpJoinsThePincodesBundle()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        QString grocer;
        QJsonObject form = shopForm(QStringLiteral("  Dadar Fresh Grocers "), QStringLiteral("grocery"));
        form.insert(QStringLiteral("lat"), 19.019);
        form.insert(QStringLiteral("lng"), 72.842);
        const ApiReply created = signUp(form, &grocer);
        QCOMPARE(created.status, 201);
        const QJsonObject shop = created.data();
        const QString id = shop.value(QStringLiteral("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(!shop.value(QStringLiteral("user_id")).toString().isEmpty());
        QCOMPARE(shop.value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Dadar Fresh Grocers"));
        QCOMPARE(shop.value(QStringLiteral("category")).toString(), QStringLiteral("grocery"));
        QCOMPARE(shop.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        QCOMPARE(shop.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Ranade Road, Dadar West, Mumbai"));
        QCOMPARE(shop.value(QStringLiteral("bcoin_issue_rate")).toInt(), 5);
        QCOMPARE(shop.value(QStringLiteral("qr_code_url")).toString(),
                 QStringLiteral("https://baartal.test/scan/") + id);
        QCOMPARE(shop.value(QStringLiteral("approved")).toBool(), false);
        const QString bundleId = shop.value(QStringLiteral("bundle_id")).toString();
        QVERIFY(!bundleId.isEmpty());
        QCOMPARE(server().api().get(kMe, grocer).data(), shop);
        QCOMPARE(pendingMerchantIds(), QStringList{id});

        // The pincode had no bundle: the first shop opened it.
        const ApiReply bundles =
            server().api().get(kAdminBundles + QStringLiteral("?pincode=400028"), m_admin);
        const QJsonArray listed = bundles.data().value(QStringLiteral("bundles")).toArray();
        QCOMPARE(field(listed, QStringLiteral("id")), QStringList{bundleId});
        QCOMPARE(field(listed, QStringLiteral("name")), QStringList{QStringLiteral("400028 bundle 1")});

        // The next shop of the pincode joins it, with its own rate and cap.
        QJsonObject salon = shopForm(QStringLiteral("Aarti Salon"), QStringLiteral("saloon"));
        salon.insert(QStringLiteral("bcoin_issue_rate"), 12);
        salon.insert(QStringLiteral("spend_cap_percent"), 10);
        const ApiReply joined = signUp(salon);
        QCOMPARE(joined.status, 201);
        QCOMPARE(joined.data().value(QStringLiteral("bundle_id")).toString(), bundleId);
        QCOMPARE(joined.data().value(QStringLiteral("bcoin_issue_rate")).toInt(), 12);
        auto stored = baartal::core::MerchantRepository(server().database())
                          .findById(joined.data().value(QStringLiteral("id")).toString());
        QVERIFY(stored.ok() && *stored);
        QCOMPARE((*stored)->spendCapPercent, std::optional<int>(10));
        QCOMPARE(rows(QStringLiteral("bundles")), 1);

        // One shop per merchant account.
        const ApiReply second = server().api().post(
            kMerchants, shopForm(QStringLiteral("Second"), QStringLiteral("dairy")), grocer);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("merchant_exists"));
        QCOMPARE(rows(QStringLiteral("merchants")), 2);
        QCOMPARE(rows(QStringLiteral("admin_approvals")), 2);
    }

    void takenCategoryOffersAlternatives_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<QStringList>("expected");
        const QStringList byDistance{QStringLiteral("Dadar Lane"), QStringLiteral("Prabhadevi"),
                                     QStringLiteral("Mahim"),      QStringLiteral("Andheri"),
                                     QStringLiteral("Matunga"),    QString()};
        const QStringList byPincode{QStringLiteral("Dadar Lane"), QStringLiteral("Prabhadevi"),
                                    QStringLiteral("Matunga"),    QStringLiteral("Mahim"),
                                    QStringLiteral("Andheri"),    QString()};
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray name = TestBackends::name(dialect).toLatin1();
            QTest::addRow("%s/with a pin", name.constData()) << dialect << true << byDistance;
            QTest::addRow("%s/without a pin", name.constData()) << dialect << false << byPincode;
        }
    }

    void takenCategoryOffersAlternatives()
    {
        QFETCH(Dialect, dialect);
        QFETCH(bool, pinned);
        QFETCH(QStringList, expected);
        if (!startAsAdmin(dialect)) {
            return;
        }
        // Around Dadar West (400028); the new grocer stands at 19.02, 72.84.
        const QString dadarWest = openBundle(QStringLiteral("400028"), QStringLiteral("Dadar West"));
        QVERIFY(!approvedShop(dadarWest, QStringLiteral("grocery"), QStringLiteral("400028"),
                              {{19.0190, 72.8420}})
                     .isEmpty());
        const QString dadarLane = openBundle(QStringLiteral("400028"), QStringLiteral("Dadar Lane"));
        QVERIFY(!approvedShop(dadarLane, QStringLiteral("saloon"), QStringLiteral("400028")).isEmpty());
        const QString dadarFull = openBundle(QStringLiteral("400028"), QStringLiteral("Dadar Full"));
        QVERIFY(!approvedShop(dadarFull, QStringLiteral("grocery"), QStringLiteral("400028")).isEmpty());
        const QString andheri = openBundle(QStringLiteral("400053"), QStringLiteral("Andheri"));
        QVERIFY(
            !approvedShop(andheri, QStringLiteral("pharmacy"), QStringLiteral("400053"), {{19.1197, 72.8468}})
                 .isEmpty());
        const QString mahim = openBundle(QStringLiteral("400016"), QStringLiteral("Mahim"));
        QVERIFY(
            !approvedShop(mahim, QStringLiteral("pharmacy"), QStringLiteral("400016"), {{19.0410, 72.8400}})
                 .isEmpty());
        const QString prabhadevi = openBundle(QStringLiteral("400025"), QStringLiteral("Prabhadevi"));
        QVERIFY(!approvedShop(prabhadevi, QStringLiteral("pharmacy"), QStringLiteral("400025"),
                              {{19.0150, 72.8290}})
                     .isEmpty());
        openBundle(QStringLiteral("400019"), QStringLiteral("Matunga"));
        openBundle(QStringLiteral("400014"), QStringLiteral("Dadar East closed"), false);
        openBundle(QStringLiteral("110001"), QStringLiteral("Connaught Place"));
        const qint64 bundles = rows(QStringLiteral("bundles"));
        const qint64 approvals = rows(QStringLiteral("admin_approvals"));

        QJsonObject form = shopForm(QStringLiteral("New Grocer"), QStringLiteral("grocery"));
        if (pinned) {
            form.insert(QStringLiteral("lat"), 19.02);
            form.insert(QStringLiteral("lng"), 72.84);
        }
        QString token;
        const ApiReply refused = signUp(form, &token);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("category_taken"));
        const QJsonArray alternatives = refused.json.value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("alternatives"))
                                            .toArray();
        QCOMPARE(field(alternatives, QStringLiteral("name")), expected);
        QStringList kinds{QStringLiteral("same_pincode")};
        kinds << QStringList(4, QStringLiteral("nearby_pincode")) << QStringLiteral("new_bundle");
        QCOMPARE(field(alternatives, QStringLiteral("kind")), kinds);

        const QJsonObject lane = alternatives.first().toObject();
        QCOMPARE(lane.value(QStringLiteral("bundle_id")).toString(), dadarLane);
        QCOMPARE(lane.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        QCOMPARE(lane.value(QStringLiteral("shops_count")).toInt(), 1);
        QCOMPARE(lane.value(QStringLiteral("accept")).toObject(),
                 QJsonObject({{QStringLiteral("bundle_id"), dadarLane}}));
        const QJsonObject fresh = alternatives.last().toObject();
        QVERIFY(fresh.value(QStringLiteral("bundle_id")).isNull());
        QCOMPARE(fresh.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        QCOMPARE(fresh.value(QStringLiteral("accept")).toObject(),
                 QJsonObject({{QStringLiteral("new_bundle"), true}}));
        const QJsonObject nearest = alternatives.at(1).toObject();
        QCOMPARE(nearest.value(QStringLiteral("bundle_id")).toString(), prabhadevi);
        QCOMPARE(nearest.contains(QStringLiteral("distance_km")), pinned);
        if (pinned) {
            QCOMPARE(nearest.value(QStringLiteral("distance_km")).toDouble(), 1.28);
        }
        QCOMPARE(rows(QStringLiteral("merchants")), 6);
        QCOMPARE(rows(QStringLiteral("bundles")), bundles);
        QCOMPARE(rows(QStringLiteral("admin_approvals")), approvals);

        // Sending the form again with an alternative's accept fields takes it.
        QJsonObject accepted = form;
        const QJsonObject accept = lane.value(QStringLiteral("accept")).toObject();
        for (auto it = accept.constBegin(); it != accept.constEnd(); ++it) {
            accepted.insert(it.key(), it.value());
        }
        const ApiReply joined = server().api().post(kMerchants, accepted, token);
        QCOMPARE(joined.status, 201);
        QCOMPARE(joined.data().value(QStringLiteral("bundle_id")).toString(), dadarLane);
        QVERIFY(pendingMerchantIds().contains(joined.data().value(QStringLiteral("id")).toString()));
    }

    void aNewBundleCanBeAskedFor_data() { addBackendRows(); }

    void aNewBundleCanBeAskedFor()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const QString dadarWest = openBundle(QStringLiteral("400028"), QStringLiteral("Dadar West"));
        QVERIFY(!approvedShop(dadarWest, QStringLiteral("grocery"), QStringLiteral("400028")).isEmpty());
        server().clock().advanceSecs(1);
        const ApiReply created =
            signUp(with(shopForm(QStringLiteral("Second Grocer"), QStringLiteral("grocery")),
                        QStringLiteral("new_bundle"), true));
        QCOMPARE(created.status, 201);
        const QString bundleId = created.data().value(QStringLiteral("bundle_id")).toString();
        QVERIFY(bundleId != dadarWest);
        const ApiReply listed =
            server().api().get(kAdminBundles + QStringLiteral("?pincode=400028"), m_admin);
        QCOMPARE(field(listed.data().value(QStringLiteral("bundles")).toArray(), QStringLiteral("name")),
                 QStringList({QStringLiteral("Dadar West"), QStringLiteral("400028 bundle 2")}));
    }

    void inactiveBundlesTakeNoShops_data() { addBackendRows(); }

    void inactiveBundlesTakeNoShops()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const QString closed = openBundle(QStringLiteral("400028"), QStringLiteral("Closed"), false);
        const ApiReply refused = signUp(with(shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery")),
                                             QStringLiteral("bundle_id"), closed));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("bundle_inactive"));
        QCOMPARE(rows(QStringLiteral("merchants")), 0);

        // With no active bundle, the pincode's shops start a new one.
        const ApiReply created = signUp(shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery")));
        QCOMPARE(created.status, 201);
        QVERIFY(created.data().value(QStringLiteral("bundle_id")).toString() != closed);
        QCOMPARE(rows(QStringLiteral("bundles")), 2);
    }

    void signUpRefusesBadInput_data()
    {
        const QJsonObject form = shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery"));
        QJsonObject noName = form;
        noName.remove(QStringLiteral("business_name"));
        QJsonObject noPincode = form;
        noPincode.remove(QStringLiteral("pincode"));
        const QString unknownBundle = QUuid::createUuid().toString(QUuid::WithoutBraces);
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"business_name\":"), 400, "malformed_json"},
            {"not an object", QByteArrayLiteral("[1]"), 400, "malformed_json"},
            {"missing name", json(noName), 400, "missing_field"},
            {"missing pincode", json(noPincode), 400, "missing_field"},
            {"name of wrong type", json(with(form, QStringLiteral("business_name"), 7)), 400,
             "invalid_field_type"},
            {"blank name", json(with(form, QStringLiteral("business_name"), QStringLiteral("   "))), 400,
             "invalid_business_name"},
            {"name too long",
             json(with(form, QStringLiteral("business_name"), QString(101, QLatin1Char('x')))), 400,
             "invalid_business_name"},
            {"blank address", json(with(form, QStringLiteral("address"), QStringLiteral(" "))), 400,
             "invalid_address"},
            {"unknown category", json(with(form, QStringLiteral("category"), QStringLiteral("casino"))), 400,
             "unknown_category"},
            {"five-digit pincode", json(with(form, QStringLiteral("pincode"), QStringLiteral("40002"))), 400,
             "invalid_pincode"},
            {"pincode as number", json(with(form, QStringLiteral("pincode"), 400028)), 400,
             "invalid_field_type"},
            {"rate 0", json(with(form, QStringLiteral("bcoin_issue_rate"), 0)), 400, "invalid_rate"},
            {"rate 21", json(with(form, QStringLiteral("bcoin_issue_rate"), 21)), 400, "invalid_rate"},
            {"fractional rate", json(with(form, QStringLiteral("bcoin_issue_rate"), 2.5)), 400,
             "invalid_field_type"},
            {"rate as text", json(with(form, QStringLiteral("bcoin_issue_rate"), QStringLiteral("5"))), 400,
             "invalid_field_type"},
            {"spend cap above the platform's", json(with(form, QStringLiteral("spend_cap_percent"), 21)), 400,
             "invalid_spend_cap"},
            {"spend cap 0", json(with(form, QStringLiteral("spend_cap_percent"), 0)), 400,
             "invalid_spend_cap"},
            {"lat without lng", json(with(form, QStringLiteral("lat"), 19.02)), 400, "invalid_coordinates"},
            {"lat out of range",
             json(with(with(form, QStringLiteral("lat"), 91), QStringLiteral("lng"), 72.8)), 400,
             "invalid_coordinates"},
            {"lng as text",
             json(with(with(form, QStringLiteral("lat"), 19), QStringLiteral("lng"), QStringLiteral("72"))),
             400, "invalid_field_type"},
            {"bundle id not a uuid", json(with(form, QStringLiteral("bundle_id"), QStringLiteral("dadar"))),
             400, "invalid_id"},
            {"unknown bundle", json(with(form, QStringLiteral("bundle_id"), unknownBundle)), 404,
             "bundle_not_found"},
            {"inactive bundle", json(with(form, QStringLiteral("bundle_id"), QStringLiteral("%INACTIVE%"))),
             409, "bundle_inactive"},
            {"bundle of another district",
             json(with(form, QStringLiteral("bundle_id"), QStringLiteral("%DELHI%"))), 422,
             "bundle_out_of_area"},
            {"bundle and new bundle",
             json(with(with(form, QStringLiteral("bundle_id"), unknownBundle), QStringLiteral("new_bundle"),
                       true)),
             400, "conflicting_bundle_choice"},
            {"new bundle as text", json(with(form, QStringLiteral("new_bundle"), QStringLiteral("yes"))), 400,
             "invalid_field_type"},
        });
    }

    void signUpRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startAsAdmin(dialect)) {
            return;
        }
        body.replace("%INACTIVE%",
                     openBundle(QStringLiteral("400028"), QStringLiteral("Closed"), false).toLatin1());
        body.replace("%DELHI%",
                     openBundle(QStringLiteral("110001"), QStringLiteral("Connaught Place")).toLatin1());
        const QString token = server().registerMerchant(QStringLiteral("grocer@example.in"));
        const ApiReply reply = server().api().postRaw(kMerchants, body, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("merchants")), 0);
        QCOMPARE(rows(QStringLiteral("bundles")), 2);
        QCOMPARE(rows(QStringLiteral("admin_approvals")), 0);
    }

    void patchEditsTheShop_data() { addBackendRows(); }

    void patchEditsTheShop()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        QString token;
        const QString id = approvedGrocer(&token);
        QVERIFY(!id.isEmpty());
        const QJsonObject changes{{QStringLiteral("business_name"), QStringLiteral("Dadar Fresh")},
                                  {QStringLiteral("address"), QStringLiteral("Shop 4, Ranade Road")},
                                  {QStringLiteral("bcoin_issue_rate"), 8},
                                  {QStringLiteral("spend_cap_percent"), 15},
                                  {QStringLiteral("lat"), 19.019},
                                  {QStringLiteral("lng"), 72.842}};
        const ApiReply edited = server().api().patch(kMe, changes, token);
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.data().value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Dadar Fresh"));
        QCOMPARE(edited.data().value(QStringLiteral("address")).toString(),
                 QStringLiteral("Shop 4, Ranade Road"));
        QCOMPARE(edited.data().value(QStringLiteral("bcoin_issue_rate")).toInt(), 8);
        // Nothing about where the shop is changed, so its approval stands.
        QCOMPARE(edited.data().value(QStringLiteral("approved")).toBool(), true);
        QCOMPARE(server().api().get(kMe, token).data(), edited.data());
        QCOMPARE(pendingMerchantIds(), QStringList());
        auto stored = baartal::core::MerchantRepository(server().database()).findById(id);
        QVERIFY(stored.ok() && *stored);
        QCOMPARE((*stored)->spendCapPercent, std::optional<int>(15));
        QCOMPARE((*stored)->lat, std::optional<double>(19.019));

        // null removes the pin and the shop's own cap; an empty PATCH changes nothing.
        const ApiReply cleared = server().api().patch(kMe,
                                                      {{QStringLiteral("lat"), QJsonValue()},
                                                       {QStringLiteral("lng"), QJsonValue()},
                                                       {QStringLiteral("spend_cap_percent"), QJsonValue()}},
                                                      token);
        QCOMPARE(cleared.status, 200);
        stored = baartal::core::MerchantRepository(server().database()).findById(id);
        QCOMPARE((*stored)->spendCapPercent, std::optional<int>());
        QCOMPARE((*stored)->lat, std::optional<double>());
        QCOMPARE(server().api().patch(kMe, {}, token).data(), cleared.data());
    }

    void patchOfCategoryOrPincodeNeedsApprovalAgain_data() { addBackendRows(); }

    void patchOfCategoryOrPincodeNeedsApprovalAgain()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        QString token;
        const ApiReply created =
            signUp(shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery")), &token);
        const QString id = created.data().value(QStringLiteral("id")).toString();
        const QString bundleId = created.data().value(QStringLiteral("bundle_id")).toString();
        QVERIFY(approve(id));

        const ApiReply recategorised =
            server().api().patch(kMe, {{QStringLiteral("category"), QStringLiteral("dairy")}}, token);
        QCOMPARE(recategorised.status, 200);
        QCOMPARE(recategorised.data().value(QStringLiteral("category")).toString(), QStringLiteral("dairy"));
        QCOMPARE(recategorised.data().value(QStringLiteral("bundle_id")).toString(), bundleId);
        QCOMPARE(recategorised.data().value(QStringLiteral("approved")).toBool(), false);
        QCOMPARE(pendingMerchantIds(), QStringList{id});
        QVERIFY(approve(id));

        const ApiReply moved =
            server().api().patch(kMe, {{QStringLiteral("pincode"), QStringLiteral("400016")}}, token);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.data().value(QStringLiteral("pincode")).toString(), QStringLiteral("400016"));
        const QString mahim = moved.data().value(QStringLiteral("bundle_id")).toString();
        QVERIFY(mahim != bundleId);
        QCOMPARE(moved.data().value(QStringLiteral("approved")).toBool(), false);
        QCOMPARE(pendingMerchantIds(), QStringList{id});

        // Moving again while still waiting keeps the one approval that is waiting.
        const ApiReply again =
            server().api().patch(kMe, {{QStringLiteral("pincode"), QStringLiteral("400028")}}, token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().value(QStringLiteral("bundle_id")).toString(), bundleId);
        QCOMPARE(pendingMerchantIds(), QStringList{id});
        QCOMPARE(rows(QStringLiteral("admin_approvals")), 3);
    }

    void patchToATakenCategoryIsRefused_data() { addBackendRows(); }

    void patchToATakenCategoryIsRefused()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const ApiReply grocer = signUp(shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery")));
        QVERIFY(approve(grocer.data().value(QStringLiteral("id")).toString()));
        QString token;
        const ApiReply salon = signUp(shopForm(QStringLiteral("Salon"), QStringLiteral("saloon")), &token);
        QVERIFY(approve(salon.data().value(QStringLiteral("id")).toString()));
        const QJsonObject before = server().api().get(kMe, token).data();

        const ApiReply refused =
            server().api().patch(kMe, {{QStringLiteral("category"), QStringLiteral("grocery")}}, token);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("category_taken"));
        const QJsonArray alternatives = refused.json.value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("alternatives"))
                                            .toArray();
        QCOMPARE(field(alternatives, QStringLiteral("kind")), QStringList{QStringLiteral("new_bundle")});
        QCOMPARE(server().api().get(kMe, token).data(), before);
        QCOMPARE(pendingMerchantIds(), QStringList());

        const ApiReply moved = server().api().patch(
            kMe,
            {{QStringLiteral("category"), QStringLiteral("grocery")}, {QStringLiteral("new_bundle"), true}},
            token);
        QCOMPARE(moved.status, 200);
        QVERIFY(moved.data().value(QStringLiteral("bundle_id")) != before.value(QStringLiteral("bundle_id")));
        QCOMPARE(moved.data().value(QStringLiteral("approved")).toBool(), false);
        QCOMPARE(rows(QStringLiteral("bundles")), 2);
    }

    void patchRefusesBadInput_data()
    {
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"category\":"), 400, "malformed_json"},
            {"approved is not the shop's to set", QByteArrayLiteral("{\"approved\":true}"), 400,
             "read_only_field"},
            {"id", QByteArrayLiteral("{\"id\":\"x\"}"), 400, "read_only_field"},
            {"qr url", QByteArrayLiteral("{\"qr_code_url\":\"https://evil.test\"}"), 400, "read_only_field"},
            {"empty name", QByteArrayLiteral("{\"business_name\":\"\"}"), 400, "invalid_business_name"},
            {"name of wrong type", QByteArrayLiteral("{\"business_name\":[]}"), 400, "invalid_field_type"},
            {"unknown category", QByteArrayLiteral("{\"category\":\"casino\"}"), 400, "unknown_category"},
            {"bad pincode", QByteArrayLiteral("{\"pincode\":\"4000\"}"), 400, "invalid_pincode"},
            {"rate 0", QByteArrayLiteral("{\"bcoin_issue_rate\":0}"), 400, "invalid_rate"},
            {"rate null", QByteArrayLiteral("{\"business_name\":\"X\",\"bcoin_issue_rate\":\"8\"}"), 400,
             "invalid_field_type"},
            {"spend cap 50", QByteArrayLiteral("{\"spend_cap_percent\":50}"), 400, "invalid_spend_cap"},
            {"lat alone", QByteArrayLiteral("{\"lat\":19.0}"), 400, "invalid_coordinates"},
            {"lng alone as null", QByteArrayLiteral("{\"lng\":null}"), 400, "invalid_coordinates"},
            {"valid name with bad category",
             QByteArrayLiteral("{\"business_name\":\"New\",\"category\":\"x\"}"), 400, "unknown_category"},
            {"unknown bundle", QByteArrayLiteral("{\"bundle_id\":\"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f\"}"),
             404, "bundle_not_found"},
            {"new bundle as number", QByteArrayLiteral("{\"new_bundle\":1}"), 400, "invalid_field_type"},
        });
    }

    void patchRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startAsAdmin(dialect)) {
            return;
        }
        QString token;
        const QString id = approvedGrocer(&token);
        QVERIFY(!id.isEmpty());
        const QJsonObject before = server().api().get(kMe, token).data();
        const ApiReply reply = server().api().patchRaw(kMe, body, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(server().api().get(kMe, token).data(), before);
        QCOMPARE(rows(QStringLiteral("bundles")), 1);
        QCOMPARE(rows(QStringLiteral("admin_approvals")), 1);
    }

    void shopsAreTheirOwnersAlone_data() { addBackendRows(); }

    void shopsAreTheirOwnersAlone()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        QString first;
        QString second;
        const ApiReply grocer = signUp(shopForm(QStringLiteral("Grocer"), QStringLiteral("grocery")), &first);
        QCOMPARE(signUp(shopForm(QStringLiteral("Salon"), QStringLiteral("saloon")), &second).status, 201);

        // /me is always the caller's own shop: another's edit leaves this one as it was.
        QCOMPARE(server()
                     .api()
                     .patch(kMe, {{QStringLiteral("business_name"), QStringLiteral("Renamed")}}, second)
                     .status,
                 200);
        QCOMPARE(server().api().get(kMe, first).data(), grocer.data());
        QCOMPARE(server().api().get(kMe, second).data().value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Renamed"));

        const QString shopless = server().registerMerchant(QStringLiteral("shopless@example.in"));
        const ApiReply missing =
            server().api().patch(kMe, {{QStringLiteral("business_name"), QStringLiteral("X")}}, shopless);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("merchant_profile_missing"));

        QVERIFY(server().registerCustomer(ServerFixture::kCustomerLogin).ok());
        const QString customer = server().login(ServerFixture::kCustomerLogin);
        for (const QString& token : {customer, m_admin}) {
            QCOMPARE(server()
                         .api()
                         .post(kMerchants, shopForm(QStringLiteral("X"), QStringLiteral("dairy")), token)
                         .errorCode(),
                     QStringLiteral("forbidden_role"));
            QCOMPARE(server()
                         .api()
                         .patch(kMe, {{QStringLiteral("business_name"), QStringLiteral("X")}}, token)
                         .errorCode(),
                     QStringLiteral("forbidden_role"));
        }
        QCOMPARE(
            server().api().post(kMerchants, shopForm(QStringLiteral("X"), QStringLiteral("dairy"))).status,
            401);
        QCOMPARE(rows(QStringLiteral("merchants")), 2);
    }

    void categoriesAreListedAndAdminsAddThem_data() { addBackendRows(); }

    void categoriesAreListedAndAdminsAddThem()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const QString merchant = server().registerMerchant(QStringLiteral("florist@example.in"));
        const ApiReply listed = server().api().get(QStringLiteral("/api/v1/categories"), merchant);
        QCOMPARE(listed.status, 200);
        const QJsonArray categories = listed.data().value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 12);
        QCOMPARE(categories.first().toObject(),
                 QJsonObject({{QStringLiteral("name"), QStringLiteral("bakery")},
                              {QStringLiteral("label"), QStringLiteral("Bakery")}}));
        QVERIFY(field(categories, QStringLiteral("name")).contains(QStringLiteral("home_services")));

        const QString path = QStringLiteral("/api/v1/admin/categories");
        const ApiReply added =
            server().api().post(path, {{QStringLiteral("name"), QStringLiteral("flower_shop")}}, m_admin);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.data(), QJsonObject({{QStringLiteral("name"), QStringLiteral("flower_shop")},
                                            {QStringLiteral("label"), QStringLiteral("Flower shop")}}));
        const ApiReply again = server().api().post(path,
                                                   {{QStringLiteral("name"), QStringLiteral("flower_shop")},
                                                    {QStringLiteral("label"), QStringLiteral("Florist")}},
                                                   m_admin);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("category_exists"));
        for (const char* bad :
             {"Florist", "f", "9lives", "flower-shop", "a_very_long_category_name_beyond_32"}) {
            QCOMPARE(server()
                         .api()
                         .post(path, {{QStringLiteral("name"), QLatin1String(bad)}}, m_admin)
                         .errorCode(),
                     QStringLiteral("invalid_category_name"));
        }
        QCOMPARE(server()
                     .api()
                     .post(path,
                           {{QStringLiteral("name"), QStringLiteral("toys")},
                            {QStringLiteral("label"), QStringLiteral(" ")}},
                           m_admin)
                     .errorCode(),
                 QStringLiteral("invalid_category_label"));
        QCOMPARE(server()
                     .api()
                     .post(path, {{QStringLiteral("name"), QStringLiteral("toys")}}, merchant)
                     .errorCode(),
                 QStringLiteral("forbidden_role"));
        QCOMPARE(rows(QStringLiteral("categories")), 13);

        // The new category is one a shop can sign up with.
        const ApiReply shop = server().api().post(
            kMerchants, shopForm(QStringLiteral("Phoolwala"), QStringLiteral("flower_shop")), merchant);
        QCOMPARE(shop.status, 201);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingRoutes)
#include "tst_onboarding_routes.moc"
