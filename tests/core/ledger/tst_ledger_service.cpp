#include "core/approvals/approval_repository.h"
#include "core/bundles/bundle_repository.h"
#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/ledger/ledger_service.h"
#include "core/merchants/merchant_repository.h"
#include "core/users/user_repository.h"
#include "tests/testsupport/fake_clock.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using namespace baartal::core;
using baartal::testsupport::FakeClock;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

// Every rule of LedgerService against a real database, on SQLite and PostgreSQL.
class TstLedgerService : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        std::unique_ptr<TemporaryDatabase> db;
        FakeClock clock;
        std::unique_ptr<LedgerService> ledger;
        QString merchantId;
        QString customerId;

        Database& database() { return db->database(); }
    };

    static QString addUser(Database& db, UserRole role)
    {
        const QString id = Ids::newId();
        const Status added = UserRepository(db).add({id,
                                                     id + QStringLiteral("@example.in"),
                                                     QStringLiteral("x"),
                                                     role,
                                                     QDateTime::currentDateTimeUtc(),
                                                     {}});
        Q_ASSERT(added.ok());
        return id;
    }

    static QString addCustomer(Database& db, const QString& referredBy = {})
    {
        const QString id = Ids::newId();
        const Status added = CustomerRepository(db).add({id,
                                                         addUser(db, UserRole::Customer),
                                                         QStringLiteral("400028"),
                                                         id.left(8).toUpper(),
                                                         referredBy,
                                                         {},
                                                         QDateTime::currentDateTimeUtc()});
        Q_ASSERT(added.ok());
        return id;
    }

    static QString addMerchant(Database& db, const QString& bundleId, const QString& category, bool approved,
                               int rate = 5, std::optional<int> cap = {})
    {
        Merchant m;
        m.id = Ids::newId();
        m.userId = addUser(db, UserRole::Merchant);
        m.businessName = QStringLiteral("Shop ") + category;
        m.category = category;
        m.pincode = QStringLiteral("400028");
        m.address = QStringLiteral("Ranade Road");
        m.bcoinIssueRate = rate;
        m.spendCapPercent = cap;
        m.qrCodeUrl = QStringLiteral("http://127.0.0.1/scan/") + m.id;
        m.bundleId = bundleId;
        m.approved = approved;
        m.createdAt = QDateTime::currentDateTimeUtc();
        const Status added = MerchantRepository(db).add(m);
        Q_ASSERT(added.ok());
        return m.id;
    }

    static QString addBundle(Database& db)
    {
        const QString id = Ids::newId();
        const Status added =
            BundleRepository(db).add({id, QStringLiteral("Dadar West"), QStringLiteral("400028"), true,
                                      QDateTime::currentDateTimeUtc()});
        Q_ASSERT(added.ok());
        return id;
    }

    std::unique_ptr<Fixture> fixture(Dialect dialect, int rate = 5, std::optional<int> cap = {})
    {
        auto f = std::make_unique<Fixture>();
        auto db = TemporaryDatabase::create(dialect);
        if (!db) {
            qWarning() << db.error().message;
            return nullptr;
        }
        f->db = std::move(*db);
        f->ledger = std::make_unique<LedgerService>(f->database(), f->clock);
        f->merchantId =
            addMerchant(f->database(), addBundle(f->database()), QStringLiteral("grocery"), true, rate, cap);
        f->customerId = addCustomer(f->database());
        return f;
    }

    static SaleRequest sale(const Fixture& f, qint64 billPaise, qint64 redeem = 0,
                            const QString& clientId = {})
    {
        return SaleRequest{clientId, f.customerId, f.merchantId, Paise(billPaise), Coins(redeem), {}, {}};
    }

    static void verifyInvariants(Fixture& f)
    {
        auto report = LedgerInvariantChecker(f.database()).check(f.clock.now());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY2(report->ok(), qPrintable(report->violations.join(QLatin1Char('\n'))));
    }

    // The wallet's balance; -2 when the quick read that sync answers use disagrees with it, so every
    // balance checked here (holds, expiry, spends, adjustments) checks both.
    static qint64 balanceOf(Fixture& f, const QString& customerId)
    {
        auto wallet = f.ledger->wallet(customerId);
        auto spendable = f.ledger->spendableBalance(customerId);
        if (!wallet || !spendable) {
            return -1;
        }
        if (*spendable != wallet->balance) {
            qWarning() << "spendableBalance" << spendable->value() << "but the wallet says"
                       << wallet->balance.value();
            return -2;
        }
        return wallet->balance.value();
    }

    static constexpr std::chrono::seconds kTokenLifetime{15 * 60};

    static SpendHold hold(Fixture& f, qint64 coins, const QString& merchantId = {})
    {
        auto held = f.ledger->holdForSpend(f.customerId, merchantId, Coins(coins), kTokenLifetime);
        if (!held) {
            qWarning() << held.error().code << held.error().message;
            return {};
        }
        return *held;
    }

    static SaleRequest redeeming(const Fixture& f, const SpendHold& held, qint64 billPaise)
    {
        SaleRequest request = sale(f, billPaise, held.coins.value());
        request.spendHoldId = held.id;
        return request;
    }

    static qint64 heldOf(Fixture& f)
    {
        auto wallet = f.ledger->wallet(f.customerId);
        return wallet ? wallet->held.value() : -1;
    }

private Q_SLOTS:
    void earnFollowsRateAndFloor_data()
    {
        TestBackends::addColumn();
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("billPaise");
        QTest::addColumn<qint64>("expectedCoins");
        struct Row {
            const char* name;
            int rate;
            qint64 bill;
            qint64 coins;
        };
        const Row rows[] = {{"rate 5, ₹1771.20", 5, 177120, 88}, {"rate 5, ₹19.99 earns nothing", 5, 1999, 0},
                            {"rate 5, ₹20", 5, 2000, 1},         {"rate 10, ₹100", 10, 10000, 10},
                            {"rate 1, ₹99.99", 1, 9999, 0},      {"rate 20, ₹12,345.67", 20, 1234567, 2469}};
        for (const char* backend : {"sqlite", "postgresql"}) {
            for (const Row& row : rows) {
                const Dialect dialect = qstrcmp(backend, "sqlite") == 0 ? Dialect::Sqlite : Dialect::Postgres;
                if (dialect == Dialect::Postgres &&
                    qEnvironmentVariableIsEmpty("BAARTAL_TEST_POSTGRES_URL") &&
                    qEnvironmentVariable("BAARTAL_REQUIRE_POSTGRES") != QLatin1String("1")) {
                    continue;
                }
                QTest::addRow("%s: %s", backend, row.name) << dialect << row.rate << row.bill << row.coins;
            }
        }
    }

    void earnFollowsRateAndFloor()
    {
        QFETCH(Dialect, dialect);
        QFETCH(int, rate);
        QFETCH(qint64, billPaise);
        QFETCH(qint64, expectedCoins);
        auto f = fixture(dialect, rate);
        QVERIFY(f);
        auto result = f->ledger->recordSale(sale(*f, billPaise));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->transaction.earned.value(), expectedCoins);
        QCOMPARE(toText(result->transaction.type), toText(TransactionType::Earn));
        QCOMPARE(balanceOf(*f, f->customerId), expectedCoins);
        verifyInvariants(*f);
    }

    void spendIsCappedAndEarnIsOnNetPaid_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void spendIsCappedAndEarnIsOnNetPaid()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 400000)).ok()); // ₹4000 → 200 coins
        QCOMPARE(balanceOf(*f, f->customerId), 200);

        // 20% of ₹500 is ₹100: 101 coins is over the cap, 100 is allowed.
        auto over = f->ledger->recordSale(sale(*f, 50000, 101));
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, QStringLiteral("spend_over_cap"));
        QCOMPARE(balanceOf(*f, f->customerId), 200);

        auto spend = f->ledger->recordSale(sale(*f, 50000, 100));
        QVERIFY(spend.ok());
        QCOMPARE(toText(spend->transaction.type), toText(TransactionType::Spend));
        QCOMPARE(spend->transaction.spent.value(), 100);
        QCOMPARE(spend->transaction.earned.value(), 20); // on ₹400 paid in money
        QCOMPARE(balanceOf(*f, f->customerId), 120);

        auto redeemed = LedgerRepository(f->database()).balance(Account::merchantRedeemed(f->merchantId));
        QCOMPARE(redeemed->value(), 100);
        auto issued = LedgerRepository(f->database()).balance(Account::merchantIssued(f->merchantId));
        QCOMPARE(issued->value(), -220);
        verifyInvariants(*f);
    }

    void spendBeyondBalanceIsRefused_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void spendBeyondBalanceIsRefused()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 20000)).ok()); // 10 coins
        auto refused = f->ledger->recordSale(sale(*f, 1000000, 11));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("insufficient_balance"));
        QCOMPARE(balanceOf(*f, f->customerId), 10);
        verifyInvariants(*f);
    }

    void unapprovedMerchantCannotIssue_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void unapprovedMerchantCannotIssue()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        auto bundle = addBundle(f->database());
        const QString pending = addMerchant(f->database(), bundle, QStringLiteral("saloon"), false);
        auto refused = f->ledger->recordSale({{}, f->customerId, pending, Paise(10000), Coins(0), {}, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("merchant_not_approved"));
        QVERIFY(refused.error().kind == ErrorKind::Forbidden);
    }

    void clientIdMakesASaleIdempotent_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void clientIdMakesASaleIdempotent()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        const QString clientId = Ids::newId();
        auto first = f->ledger->recordSale(sale(*f, 100000, 0, clientId));
        QVERIFY(first.ok());
        QVERIFY(!first->duplicate);
        auto again = f->ledger->recordSale(sale(*f, 100000, 0, clientId));
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QCOMPARE(again->transaction.id, first->transaction.id);
        QCOMPARE(balanceOf(*f, f->customerId), 50);

        auto mismatch = f->ledger->recordSale(sale(*f, 100001, 0, clientId));
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, QStringLiteral("client_txn_mismatch"));
        verifyInvariants(*f);
    }

    void lotsExpireAfterSixtyDaysOldestFirst_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void lotsExpireAfterSixtyDaysOldestFirst()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 200000)).ok()); // day 0: 100 coins
        f->clock.advanceDays(30);
        QVERIFY(f->ledger->recordSale(sale(*f, 100000)).ok()); // day 30: 50 coins
        f->clock.advanceDays(1);
        QVERIFY(f->ledger->recordSale(sale(*f, 100000, 40)).ok()); // spends 40 of the day-0 lot, earns 48
        QCOMPARE(balanceOf(*f, f->customerId), 158);

        f->clock.advanceDays(23); // day 54: the day-0 lot expires within 7 days
        auto wallet = f->ledger->wallet(f->customerId);
        QCOMPARE(wallet->expiringSoon.value(), 60);

        f->clock.advanceDays(6); // day 60: the first lot is past its date
        QCOMPARE(balanceOf(*f, f->customerId), 98);
        auto expired = f->ledger->expireDue();
        QVERIFY(expired.ok());
        QCOMPARE(*expired, 1);
        auto twice = f->ledger->expireDue();
        QCOMPARE(*twice, 0); // running the job again changes nothing
        auto platformExpired = LedgerRepository(f->database()).balance(Account::platformExpired());
        QCOMPARE(platformExpired->value(), 60);
        QCOMPARE(balanceOf(*f, f->customerId), 98);
        verifyInvariants(*f);
    }

    void voidsReverseExactly_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void voidsReverseExactly()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        auto earn = f->ledger->recordSale(sale(*f, 200000));      // 100 coins
        auto spend = f->ledger->recordSale(sale(*f, 100000, 20)); // spends 20, earns 49 on ₹980
        QVERIFY(earn.ok() && spend.ok());
        QCOMPARE(balanceOf(*f, f->customerId), 129);

        auto voided = f->ledger->voidTransaction(spend->transaction.id, QStringLiteral("wrong bill"), {});
        QVERIFY2(voided.ok(), qPrintable(voided.ok() ? QString() : voided.error().message));
        QCOMPARE(toText(voided->type), toText(TransactionType::Void));
        QCOMPARE(voided->voidsTxnId, spend->transaction.id);
        QCOMPARE(balanceOf(*f, f->customerId), 100);
        auto redeemed = LedgerRepository(f->database()).balance(Account::merchantRedeemed(f->merchantId));
        QCOMPARE(redeemed->value(), 0);

        auto again = f->ledger->voidTransaction(spend->transaction.id, QStringLiteral("twice"), {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("already_voided"));

        auto noReason = f->ledger->voidTransaction(earn->transaction.id, QStringLiteral("  "), {});
        QCOMPARE(noReason.error().code, QStringLiteral("missing_reason"));
        verifyInvariants(*f);
    }

    void voidOfSpentEarnIsRefused_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void voidOfSpentEarnIsRefused()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        auto earn = f->ledger->recordSale(sale(*f, 20000));       // 10 coins
        QVERIFY(f->ledger->recordSale(sale(*f, 10000, 10)).ok()); // all 10 spent, 4 earned on ₹90
        auto refused = f->ledger->voidTransaction(earn->transaction.id, QStringLiteral("mistake"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("insufficient_balance"));
        QCOMPARE(balanceOf(*f, f->customerId), 4);
        verifyInvariants(*f);
    }

    void referralPaysBothOnFirstEarnOnly_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void referralPaysBothOnFirstEarnOnly()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        const QString referee = addCustomer(f->database(), f->customerId);
        auto first = f->ledger->recordSale({{}, referee, f->merchantId, Paise(20000), Coins(0), {}, {}});
        QVERIFY(first.ok());
        QCOMPARE(first->bonuses.size(), 2);
        QCOMPARE(balanceOf(*f, referee), 60); // 10 earned + 50 bonus
        QCOMPARE(balanceOf(*f, f->customerId), 50);
        auto second = f->ledger->recordSale({{}, referee, f->merchantId, Paise(20000), Coins(0), {}, {}});
        QCOMPARE(second->bonuses.size(), 0);
        QCOMPARE(balanceOf(*f, referee), 70);
        auto bonusAccount = LedgerRepository(f->database()).balance(Account::platformBonus());
        QCOMPARE(bonusAccount->value(), -100);
        verifyInvariants(*f);
    }

    void adjustmentIssuesAndWithdraws_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void adjustmentIssuesAndWithdraws()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->adjust(f->customerId, Coins(30), QStringLiteral("goodwill"), {}).ok());
        QCOMPARE(balanceOf(*f, f->customerId), 30);
        QVERIFY(f->ledger->adjust(f->customerId, Coins(-10), QStringLiteral("duplicate scan"), {}).ok());
        QCOMPARE(balanceOf(*f, f->customerId), 20);
        auto tooMuch = f->ledger->adjust(f->customerId, Coins(-21), QStringLiteral("x"), {});
        QCOMPARE(tooMuch.error().code, QStringLiteral("insufficient_balance"));
        auto noReason = f->ledger->adjust(f->customerId, Coins(5), QString(), {});
        QCOMPARE(noReason.error().code, QStringLiteral("missing_reason"));
        auto wallet = f->ledger->wallet(f->customerId);
        QCOMPARE(wallet->lifetimeEarned.value(), 30);
        QCOMPARE(wallet->lifetimeSpent.value(), 10);
        verifyInvariants(*f);
    }

    void adjustmentHookSharesItsTransaction_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void adjustmentHookSharesItsTransaction()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        const auto countRows = [&f](const QString& table) {
            auto count = f->database().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            return count && (*count)->next() ? (*count)->value(0).toLongLong() : -1;
        };

        QString seenId;
        qint64 rowsSeen = -1;
        auto issued = f->ledger->adjust(f->customerId, Coins(30), QStringLiteral("goodwill"), {},
                                        [&](const LedgerTransaction& txn) -> Status {
                                            seenId = txn.id;
                                            rowsSeen = countRows(QStringLiteral("transactions"));
                                            return {};
                                        });
        QVERIFY(issued.ok());
        QCOMPARE(seenId, issued->id);
        QCOMPARE(rowsSeen, 1); // the hook runs after the postings are written

        auto failed = f->ledger->adjust(f->customerId, Coins(-10), QStringLiteral("audit down"), {},
                                        [](const LedgerTransaction&) -> Status {
                                            return Error::internal(QStringLiteral("audit_failed"),
                                                                   QStringLiteral("no audit"));
                                        });
        QCOMPARE(failed.error().code, QStringLiteral("audit_failed"));
        QCOMPARE(countRows(QStringLiteral("transactions")), 1);
        QCOMPARE(countRows(QStringLiteral("lot_allocations")), 0);
        QCOMPARE(balanceOf(*f, f->customerId), 30);

        bool called = false;
        auto refused = f->ledger->adjust(f->customerId, Coins(-31), QStringLiteral("too much"), {},
                                         [&called](const LedgerTransaction&) -> Status {
                                             called = true;
                                             return {};
                                         });
        QCOMPARE(refused.error().code, QStringLiteral("insufficient_balance"));
        QVERIFY(!called);
        verifyInvariants(*f);
    }

    void saleHookSharesItsTransaction_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void saleHookSharesItsTransaction()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        const auto countRows = [&f](const QString& table) {
            auto count = f->database().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            return count && (*count)->next() ? (*count)->value(0).toLongLong() : -1;
        };

        auto failed = f->ledger->recordSale(sale(*f, 100000), [](const LedgerTransaction&) -> Status {
            return Error::conflict(QStringLiteral("checkin_used"), QStringLiteral("used"));
        });
        QCOMPARE(failed.error().code, QStringLiteral("checkin_used"));
        QCOMPARE(countRows(QStringLiteral("transactions")), 0);
        QCOMPARE(countRows(QStringLiteral("coin_lots")), 0);

        const QString clientId = Ids::newId();
        QString seenId;
        qint64 rowsSeen = -1;
        auto recorded =
            f->ledger->recordSale(sale(*f, 100000, 0, clientId), [&](const LedgerTransaction& txn) {
                seenId = txn.id;
                rowsSeen = countRows(QStringLiteral("transactions"));
                return Status();
            });
        QVERIFY(recorded.ok());
        QCOMPARE(seenId, recorded->transaction.id);
        QCOMPARE(rowsSeen, 1); // the hook runs after the sale is written

        // A replay answers the recorded sale: what went with it is already recorded.
        bool called = false;
        auto replayed =
            f->ledger->recordSale(sale(*f, 100000, 0, clientId), [&called](const LedgerTransaction&) {
                called = true;
                return Status();
            });
        QVERIFY(replayed.ok());
        QVERIFY(replayed->duplicate);
        QVERIFY(!called);
        QCOMPARE(balanceOf(*f, f->customerId), 50);
        verifyInvariants(*f);
    }

    void unknownCustomerChangesNothing_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void unknownCustomerChangesNothing()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        auto refused =
            f->ledger->recordSale({{}, Ids::newId(), f->merchantId, Paise(10000), Coins(0), {}, {}});
        QCOMPARE(refused.error().code, QStringLiteral("customer_not_found"));
        auto count = f->database().exec(QStringLiteral("SELECT COUNT(*) FROM transactions"));
        QVERIFY((*count)->next());
        QCOMPARE((*count)->value(0).toInt(), 0);
    }

    void billAboveTheLimitIsRefused_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void billAboveTheLimitIsRefused()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        const qint64 limit = LoyaltySettings::kDefaultMaxBill.value();
        auto refused = f->ledger->recordSale(sale(*f, limit + 1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("invalid_amount"));
        QCOMPARE(balanceOf(*f, f->customerId), 0);
        auto atLimit = f->ledger->recordSale(sale(*f, limit));
        QVERIFY(atLimit.ok());
        QCOMPARE(atLimit->transaction.earned.value(), limit / 100 * 5 / 100);
        verifyInvariants(*f);
    }

    void heldCoinsEscapeEveryOtherDebit_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void heldCoinsEscapeEveryOtherDebit()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        auto earn = f->ledger->recordSale(sale(*f, 200000)); // 100 coins
        QVERIFY(earn.ok());
        const SpendHold held = hold(*f, 80);
        QVERIFY(!held.id.isEmpty());
        QCOMPARE(balanceOf(*f, f->customerId), 20);
        QCOMPARE(heldOf(*f), 80);

        QCOMPARE(f->ledger->recordSale(sale(*f, 100000, 30)).error().code,
                 QStringLiteral("insufficient_balance"));
        QCOMPARE(f->ledger->adjust(f->customerId, Coins(-30), QStringLiteral("fraud"), {}).error().code,
                 QStringLiteral("insufficient_balance"));
        QCOMPARE(f->ledger->voidTransaction(earn->transaction.id, QStringLiteral("mistake"), {}).error().code,
                 QStringLiteral("insufficient_balance"));
        QCOMPARE(f->ledger->holdForSpend(f->customerId, {}, Coins(21), kTokenLifetime).error().code,
                 QStringLiteral("insufficient_balance"));
        QCOMPARE(balanceOf(*f, f->customerId), 20);

        // The token's own redemption draws the held coins, once; earn is on the ₹420 paid in money.
        auto redeemed = f->ledger->recordSale(redeeming(*f, held, 50000));
        QVERIFY2(redeemed.ok(), qPrintable(redeemed.ok() ? QString() : redeemed.error().code));
        QCOMPARE(redeemed->transaction.spent.value(), 80);
        QCOMPARE(balanceOf(*f, f->customerId), 41);
        QCOMPARE(heldOf(*f), 0);
        QCOMPARE(f->ledger->recordSale(redeeming(*f, held, 50000)).error().code,
                 QStringLiteral("spend_token_used"));
        QCOMPARE(f->ledger->cancelHold(held.id, f->customerId).error().code,
                 QStringLiteral("spend_token_not_active"));
        QCOMPARE(balanceOf(*f, f->customerId), 41);
        verifyInvariants(*f);
    }

    void expirySparesHeldCoinsUntilTheHoldEnds_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void expirySparesHeldCoinsUntilTheHoldEnds()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 200000)).ok()); // 100 coins, lapsing on day 60
        f->clock.advanceDays(60);
        f->clock.advanceSecs(-60);
        const SpendHold used = hold(*f, 30);
        const SpendHold forgotten = hold(*f, 30);
        QVERIFY(!used.id.isEmpty() && !forgotten.id.isEmpty());

        f->clock.advanceSecs(5 * 60); // the lot is past its date, both tokens still current
        QCOMPARE(*f->ledger->expireDue(), 1);
        auto expired = [&f] {
            return LedgerRepository(f->database()).balance(Account::platformExpired())->value();
        };
        QCOMPARE(expired(), 40);
        QCOMPARE(heldOf(*f), 60);
        QVERIFY(f->ledger->recordSale(redeeming(*f, used, 100000)).ok());

        // Once the forgotten token's grace has passed, its coins are the customer's again, and expire.
        f->clock.advanceSecs(kTokenLifetime.count() +
                             std::chrono::seconds(SpendHold::kRedemptionGrace).count());
        QCOMPARE(heldOf(*f), 0);
        QCOMPARE(f->ledger->recordSale(redeeming(*f, forgotten, 100000)).error().code,
                 QStringLiteral("spend_token_not_active"));
        QCOMPARE(*f->ledger->expireDue(), 1);
        QCOMPARE(expired(), 70);
        QCOMPARE(*f->ledger->expireDue(), 0);
        verifyInvariants(*f);
    }

    void cancellingOrLapsingFreesTheCoins_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void cancellingOrLapsingFreesTheCoins()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 200000)).ok()); // 100 coins
        const SpendHold first = hold(*f, 50);
        QCOMPARE(balanceOf(*f, f->customerId), 50);

        const QString stranger = addCustomer(f->database());
        QCOMPARE(f->ledger->cancelHold(first.id, stranger).error().code,
                 QStringLiteral("spend_token_not_found"));
        QCOMPARE(f->ledger->cancelHold(Ids::newId(), f->customerId).error().code,
                 QStringLiteral("spend_token_not_found"));
        auto cancelled = f->ledger->cancelHold(first.id, f->customerId);
        QVERIFY(cancelled.ok());
        QCOMPARE(toText(cancelled->status), QStringLiteral("cancelled"));
        QCOMPARE(balanceOf(*f, f->customerId), 100);
        QCOMPARE(heldOf(*f), 0);
        QCOMPARE(f->ledger->cancelHold(first.id, f->customerId).error().code,
                 QStringLiteral("spend_token_not_active"));
        QCOMPARE(f->ledger->recordSale(redeeming(*f, first, 100000)).error().code,
                 QStringLiteral("spend_token_not_active"));

        const SpendHold second = hold(*f, 50);
        f->clock.advanceSecs(kTokenLifetime.count());
        QCOMPARE(balanceOf(*f, f->customerId), 50); // expired, but a counter offline may still upload it
        f->clock.advanceSecs(std::chrono::seconds(SpendHold::kRedemptionGrace).count());
        QCOMPARE(balanceOf(*f, f->customerId), 100);
        QCOMPARE(f->ledger->cancelHold(second.id, f->customerId).error().code,
                 QStringLiteral("spend_token_not_active"));
        verifyInvariants(*f);
    }

    void aTokenRedeemsFewerCoinsAndFreesTheRest_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    // A small bill's cap bites: the cashier redeems 10 of the token's 40 coins, the sale uses the token
    // up, and the other 30 are the customer's to spend again.
    void aTokenRedeemsFewerCoinsAndFreesTheRest()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 200000)).ok()); // 100 coins
        const SpendHold held = hold(*f, 40, f->merchantId);
        QCOMPARE(balanceOf(*f, f->customerId), 60);
        SaleRequest fewer = redeeming(*f, held, 5000); // 20% of ₹50 is 10 coins
        fewer.redeem = Coins(10);
        auto redeemed = f->ledger->recordSale(fewer);
        QVERIFY2(redeemed.ok(), qPrintable(redeemed.ok() ? QString() : redeemed.error().code));
        QCOMPARE(redeemed->transaction.spent.value(), 10);
        QCOMPARE(redeemed->transaction.earned.value(), 2); // on the ₹40 paid in money
        QCOMPARE(heldOf(*f), 0);
        QCOMPARE(balanceOf(*f, f->customerId), 100 - 10 + 2);
        QCOMPARE(f->ledger->recordSale(redeeming(*f, held, 5000)).error().code,
                 QStringLiteral("spend_token_used"));
        // The freed coins are spendable again, all of them.
        auto again = f->ledger->holdForSpend(f->customerId, {}, Coins(92), kTokenLifetime);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().code));
        QCOMPARE(balanceOf(*f, f->customerId), 0);
        QCOMPARE(heldOf(*f), 92);
        verifyInvariants(*f);
    }

    void holdsAndTheirRedemptionKeepTheRules_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void holdsAndTheirRedemptionKeepTheRules()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->recordSale(sale(*f, 200000)).ok()); // 100 coins
        auto refusal = [&f](qint64 coins, const QString& merchantId) {
            return f->ledger->holdForSpend(f->customerId, merchantId, Coins(coins), kTokenLifetime)
                .error()
                .code;
        };
        const QString bundle = addBundle(f->database());
        const QString pending = addMerchant(f->database(), bundle, QStringLiteral("saloon"), false);
        const QString otherShop = addMerchant(f->database(), bundle, QStringLiteral("bakery"), true);
        QCOMPARE(refusal(0, {}), QStringLiteral("invalid_coins"));
        QCOMPARE(refusal(-5, {}), QStringLiteral("invalid_coins"));
        QCOMPARE(refusal(101, {}), QStringLiteral("insufficient_balance"));
        QCOMPARE(refusal(10, Ids::newId()), QStringLiteral("merchant_not_found"));
        QCOMPARE(refusal(10, pending), QStringLiteral("merchant_not_approved"));
        QCOMPARE(heldOf(*f), 0);

        const SpendHold held = hold(*f, 40, f->merchantId);
        SaleRequest elsewhere = redeeming(*f, held, 100000);
        elsewhere.merchantId = otherShop;
        QCOMPARE(f->ledger->recordSale(elsewhere).error().code, QStringLiteral("spend_token_wrong_merchant"));
        SaleRequest otherCustomer = redeeming(*f, held, 100000);
        otherCustomer.customerId = addCustomer(f->database());
        QCOMPARE(f->ledger->recordSale(otherCustomer).error().code,
                 QStringLiteral("spend_token_wrong_customer"));
        SaleRequest more = redeeming(*f, held, 100000);
        more.redeem = Coins(41);
        QCOMPARE(f->ledger->recordSale(more).error().code, QStringLiteral("spend_token_coins_mismatch"));
        // 20% of ₹199 is 39 coins: over the cap, and the hold stays for a bigger bill.
        QCOMPARE(f->ledger->recordSale(redeeming(*f, held, 19900)).error().code,
                 QStringLiteral("spend_over_cap"));
        QCOMPARE(heldOf(*f), 40);
        QCOMPARE(balanceOf(*f, f->customerId), 60);
        QVERIFY(f->ledger->recordSale(redeeming(*f, held, 20000)).ok());
        QCOMPARE(heldOf(*f), 0);
        verifyInvariants(*f);
    }

    // A hold row broken by hand (%1 is the hold's id) is reported; the sound ledger before it was not.
    void invariantCheckerReportsBrokenHolds_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("corruption");
        QTest::addColumn<QString>("expected");
        struct Row {
            const char* name;
            const char* corruption;
            const char* expected;
        };
        const Row rows[] = {
            {"lot_drained_under_hold", "UPDATE coin_lots SET remaining = 10", "active spend holds reserve"},
            {"hold_bigger_than_lots", "UPDATE spend_holds SET coins = 41 WHERE id = '%1'",
             "is for 41 coins but reserves 40"},
            {"redeemed_still_active",
             "INSERT INTO spend_token_redemptions (hold_id, txn_id, redeemed_at) "
             "SELECT '%1', txn_id, 0 FROM transactions",
             "was redeemed but is active"},
            {"redeemed_without_redemption",
             "UPDATE spend_holds SET status = 'redeemed', ended_at = created_at WHERE id = '%1'",
             "no redemption records it"},
            {"cancelled_without_end", "UPDATE spend_holds SET status = 'cancelled' WHERE id = '%1'",
             "is cancelled but its end time"},
        };
        for (Dialect dialect : TestBackends::dialects()) {
            for (const Row& row : rows) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), row.name)
                    << dialect << QString::fromLatin1(row.corruption) << QString::fromLatin1(row.expected);
            }
        }
    }

    void invariantCheckerReportsBrokenHolds()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, corruption);
        QFETCH(QString, expected);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->adjust(f->customerId, Coins(100), QStringLiteral("seed"), {}).ok());
        const SpendHold held = hold(*f, 40);
        QVERIFY(!held.id.isEmpty());
        verifyInvariants(*f);

        auto broken = f->database().exec(corruption.arg(held.id));
        QVERIFY2(broken.ok(), qPrintable(broken.ok() ? QString() : broken.error().message));
        auto report = LedgerInvariantChecker(f->database()).check(f->clock.now());
        QVERIFY(report.ok());
        const QStringList found = report->violations.filter(expected);
        QVERIFY2(found.size() == 1, qPrintable(report->violations.join(QLatin1Char('\n'))));
        QVERIFY(found.first().contains(held.id) || expected.startsWith(QLatin1String("active")));
    }

    // A lapsed hold may keep status 'active'; the coins it no longer reserves can then be taken.
    void invariantCheckerIgnoresLapsedHolds_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void invariantCheckerIgnoresLapsedHolds()
    {
        QFETCH(Dialect, dialect);
        auto f = fixture(dialect);
        QVERIFY(f);
        QVERIFY(f->ledger->adjust(f->customerId, Coins(100), QStringLiteral("seed"), {}).ok());
        QVERIFY(!hold(*f, 40).id.isEmpty());
        f->clock.advanceSecs(kTokenLifetime.count() +
                             std::chrono::seconds(SpendHold::kRedemptionGrace).count());
        QVERIFY(f->ledger->adjust(f->customerId, Coins(-100), QStringLiteral("closed"), {}).ok());
        verifyInvariants(*f);
        auto report = LedgerInvariantChecker(f->database()).check(f->clock.now().addSecs(-60));
        QVERIFY(report.ok());
        QVERIFY2(!report->violations.filter(QStringLiteral("active spend holds reserve")).isEmpty(),
                 "checked before the lapse, the drained lot is over-reserved");
    }
};

QTEST_GUILESS_MAIN(TstLedgerService)
#include "tst_ledger_service.moc"
