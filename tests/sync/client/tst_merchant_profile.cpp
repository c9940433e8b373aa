#include "sync/client/merchant_profile.h"
#include "sync/client/response_fields.h"
#include "tests/testsupport/json_edits.h"

#include <QTest>

using baartal::core::ErrorKind;
using baartal::core::SpendPolicy;
using baartal::sync::MerchantProfile;
using baartal::sync::ResponseFields;
using baartal::testsupport::JsonEdits;

namespace {

// What GET /api/v1/merchants/me answers: no cap of the shop's own, which is the usual case.
QJsonObject shop()
{
    return {{QStringLiteral("id"), QStringLiteral("merchant-1")},
            {QStringLiteral("user_id"), QStringLiteral("user-1")},
            {QStringLiteral("business_name"), QStringLiteral("Asha Kirana")},
            {QStringLiteral("category"), QStringLiteral("grocery")},
            {QStringLiteral("pincode"), QStringLiteral("400028")},
            {QStringLiteral("address"), QStringLiteral("1 Test Road, Mumbai")},
            {QStringLiteral("bcoin_issue_rate"), 5},
            {QStringLiteral("bundle_id"), QJsonValue()},
            {QStringLiteral("qr_code_url"), QStringLiteral("https://baartal.test/scan/merchant-1")},
            {QStringLiteral("approved"), true}};
}

constexpr int kNoCap = -1;

} // namespace

class TstMerchantProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAProfile_data();
    void readsAProfile();
    void refusesABrokenProfile_data();
    void refusesABrokenProfile();
};

void TstMerchantProfile::readsAProfile_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<int>("issueRate");
    QTest::addColumn<int>("ownCap"); // kNoCap when the shop has none
    QTest::addColumn<int>("effectiveCap");
    QTest::addColumn<bool>("approved");
    QTest::addColumn<QString>("category");

    const int platformCap = SpendPolicy::kDefaultCapPercent;
    QTest::newRow("server answer") << shop() << 5 << kNoCap << platformCap << true << "grocery";
    QTest::newRow("lowest rate") << JsonEdits::with(shop(), u"bcoin_issue_rate", 1) << 1 << kNoCap
                                 << platformCap << true << "grocery";
    QTest::newRow("highest rate") << JsonEdits::with(shop(), u"bcoin_issue_rate", 20) << 20 << kNoCap
                                  << platformCap << true << "grocery";
    QTest::newRow("own cap lowers the platform's")
        << JsonEdits::with(shop(), u"spend_cap_percent", 10) << 5 << 10 << 10 << true << "grocery";
    QTest::newRow("own cap of 0 allows no redeeming")
        << JsonEdits::with(shop(), u"spend_cap_percent", 0) << 5 << 0 << 0 << true << "grocery";
    QTest::newRow("own cap cannot raise the platform's")
        << JsonEdits::with(shop(), u"spend_cap_percent", 50) << 5 << 50 << platformCap << true << "grocery";
    QTest::newRow("null cap") << JsonEdits::with(shop(), u"spend_cap_percent", QJsonValue()) << 5 << kNoCap
                              << platformCap << true << "grocery";
    QTest::newRow("awaiting approval")
        << JsonEdits::with(shop(), u"approved", false) << 5 << kNoCap << platformCap << false << "grocery";
    QTest::newRow("no category") << JsonEdits::without(shop(), u"category") << 5 << kNoCap << platformCap
                                 << true << QString();
}

void TstMerchantProfile::readsAProfile()
{
    QFETCH(QJsonObject, data);
    QFETCH(int, issueRate);
    QFETCH(int, ownCap);
    QFETCH(int, effectiveCap);
    QFETCH(bool, approved);
    QFETCH(QString, category);

    const auto profile = MerchantProfile::fromJson(data);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    QCOMPARE(profile->id, QStringLiteral("merchant-1"));
    QCOMPARE(profile->businessName, QStringLiteral("Asha Kirana"));
    QCOMPARE(profile->category, category);
    QCOMPARE(profile->issueRate, issueRate);
    QCOMPARE(profile->spendCapPercent.value_or(kNoCap), ownCap);
    QCOMPARE(profile->approved, approved);
    QVERIFY(!profile->fetchedAt.isValid());
    QCOMPARE(profile->earnPolicy().rate(), issueRate);
    QCOMPARE(profile->spendPolicy().capPercent(), effectiveCap);
}

void TstMerchantProfile::refusesABrokenProfile_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("field");

    const QString rate = QStringLiteral("bcoin_issue_rate");
    const QString cap = QStringLiteral("spend_cap_percent");
    QTest::newRow("rate 0") << JsonEdits::with(shop(), rate, 0) << rate;
    QTest::newRow("rate 21") << JsonEdits::with(shop(), rate, 21) << rate;
    QTest::newRow("negative rate") << JsonEdits::with(shop(), rate, -5) << rate;
    QTest::newRow("fractional rate") << JsonEdits::with(shop(), rate, 2.5) << rate;
    QTest::newRow("rate as text") << JsonEdits::with(shop(), rate, QStringLiteral("5")) << rate;
    QTest::newRow("no rate") << JsonEdits::without(shop(), rate) << rate;
    QTest::newRow("cap 101") << JsonEdits::with(shop(), cap, 101) << cap;
    QTest::newRow("negative cap") << JsonEdits::with(shop(), cap, -1) << cap;
    QTest::newRow("fractional cap") << JsonEdits::with(shop(), cap, 12.5) << cap;
    QTest::newRow("cap as text") << JsonEdits::with(shop(), cap, QStringLiteral("10")) << cap;
    QTest::newRow("no id") << JsonEdits::without(shop(), u"id") << "id";
    QTest::newRow("empty name") << JsonEdits::with(shop(), u"business_name", QString()) << "business_name";
    QTest::newRow("no approval") << JsonEdits::without(shop(), u"approved") << "approved";
    QTest::newRow("approval as text")
        << JsonEdits::with(shop(), u"approved", QStringLiteral("true")) << "approved";
}

void TstMerchantProfile::refusesABrokenProfile()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, field);

    const auto profile = MerchantProfile::fromJson(data);
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().code, QStringLiteral("invalid_response"));
    QCOMPARE(profile.error().kind, ErrorKind::Internal);
    QCOMPARE(profile.error().message, ResponseFields::invalid(field).message);
}

QTEST_GUILESS_MAIN(TstMerchantProfile)
#include "tst_merchant_profile.moc"
