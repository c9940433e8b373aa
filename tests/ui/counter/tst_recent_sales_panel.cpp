#include "sync/client/counter_sale_repository.h"
#include "sync/client/outbox_repository.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/pdf_probe.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/counter/void_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace baartal;
using testsupport::CounterFixture;

// Today's sales at a counter against a real server in the test process, driven from the keyboard:
// voids go through the outbox to the server, receipts come out as PDFs.
class TestRecentSalesPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    std::unique_ptr<ui::RecentSalesPanel> m_panel;
    QTemporaryDir m_dir;

    QTreeWidget* list() const { return m_panel->findChild<QTreeWidget*>(QStringLiteral("recentSales")); }
    QAction* voidAction() const { return m_panel->findChild<QAction*>(QStringLiteral("voidSale")); }
    QString voidHint() const { return m_panel->findChild<QLabel*>(QStringLiteral("voidHint"))->text(); }
    QString outcome() const { return m_panel->findChild<QLabel*>(QStringLiteral("receiptOutcome"))->text(); }
    ui::VoidDialog* voidDialog() const { return m_panel->findChild<ui::VoidDialog*>(); }
    QString status(int row) const { return list()->topLevelItem(row)->text(5); }

    void showPanel(const ui::PosSettings& settings)
    {
        m_panel = std::make_unique<ui::RecentSalesPanel>(m_counter->store(), m_counter->recorder(), settings);
        m_panel->setMerchant(m_counter->merchant());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    // A ₹1,000 sale at 5 per ₹100, recorded at the counter and confirmed by the server.
    sync::CounterSale confirmedSale()
    {
        auto sale = m_counter->recorder().recordEarn(m_counter->merchant(), m_counter->customerId(),
                                                     core::Paise(100000));
        if (!sale) {
            qWarning() << sale.error().message;
            return {};
        }
        if (!QTest::qWaitFor(
                [this, id = sale->clientTxnId] { return stored(id).status != sync::SaleStatus::Pending; })) {
            qWarning() << "the server did not answer";
        }
        return stored(sale->clientTxnId);
    }

    sync::CounterSale stored(const QString& clientTxnId)
    {
        auto sale = sync::CounterSaleRepository(m_counter->store().database()).find(clientTxnId);
        return sale && *sale ? **sale : sync::CounterSale();
    }

    // The cashier's keys: to the list with its mnemonic, then `key` on the newest sale.
    void pressOnNewestSale(QKeyCombination key)
    {
        QTest::keyClick(m_panel.get(), Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), list());
        QTest::keyClick(list(), Qt::Key_End);
        QTest::keyClick(list(), Qt::Key_Home);
        QTest::keyClick(list(), key.key(), key.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto fixture = CounterFixture::start(5);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
    }

    void cleanup()
    {
        m_panel.reset();
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void listsTodaysSalesWithTheirState()
    {
        showPanel(ui::PosSettings{});
        const sync::CounterSale sale = confirmedSale();
        QCOMPARE(sale.status, sync::SaleStatus::Confirmed);
        QTRY_COMPARE(list()->topLevelItemCount(), 1);
        QTRY_COMPARE(status(0), QStringLiteral("confirmed"));
        const QTreeWidgetItem* row = list()->topLevelItem(0);
        QVERIFY(row->text(1).endsWith(m_counter->customerId().right(6)));
        QVERIFY(!row->text(1).contains(m_counter->customerId()));
        QCOMPARE(row->text(2), QStringLiteral("₹1,000.00"));
        QCOMPARE(row->text(4), QStringLiteral("50"));

        // Yesterday's sales are not today's.
        m_counter->server().clock().advanceDays(1);
        m_panel->reload();
        QCOMPARE(list()->topLevelItemCount(), 0);
    }

    void voidByKeystrokesReversesTheSaleOnTheServer()
    {
        showPanel(ui::PosSettings{});
        const sync::CounterSale sale = confirmedSale();
        QCOMPARE(m_counter->customerBalance(), 50);
        QTRY_COMPARE(status(0), QStringLiteral("confirmed"));
        QSignalSpy voided(m_panel.get(), &ui::RecentSalesPanel::voided);

        pressOnNewestSale(QKeyCombination(Qt::Key_Delete));
        QTRY_VERIFY(voidDialog() && voidDialog()->isVisible());
        auto* reason = voidDialog()->findChild<QLineEdit*>(QStringLiteral("voidReason"));
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        auto* ok = voidDialog()->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // A blank reason is no reason.
        QTest::keyClicks(reason, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(voidDialog()->isVisible());
        QTest::keyClicks(reason, QStringLiteral("wrong amount typed "));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(reason, Qt::Key_Return);

        QCOMPARE(voided.size(), 1);
        QCOMPARE(voided.at(0).at(0).toString(), sale.clientTxnId);
        const sync::CounterSale after = stored(sale.clientTxnId);
        QCOMPARE(after.voidReason, QStringLiteral("wrong amount typed"));
        QTRY_COMPARE(status(0), QStringLiteral("voided: wrong amount typed"));

        // The reversing transaction went through the outbox and the server took it.
        sync::OutboxRepository outbox(m_counter->store().database());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto entry = outbox.find(after.voidedBy);
                return entry && *entry && (*entry)->status == sync::OutboxStatus::Accepted;
            }(),
            10'000);
        auto entry = outbox.find(after.voidedBy);
        QCOMPARE((*entry)->row.type, core::OutboxRowType::Void);
        QCOMPARE((*entry)->row.voidsClientTxnId, sale.clientTxnId);
        QCOMPARE(m_counter->customerBalance(), 0);

        // Voided once is voided for good.
        QVERIFY(!voidAction()->isEnabled());
        QCOMPARE(voidHint(), QStringLiteral("This sale is voided already."));
        QTest::keyClick(list(), Qt::Key_D, Qt::ControlModifier);
        QTest::qWait(50);
        QVERIFY(!voidDialog());
        QCOMPARE(voided.size(), 1);
    }

    void voidIsRefusedOutsideTheWindow_data()
    {
        QTest::addColumn<int>("windowMinutes");
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<QString>("why");
        QTest::newRow("window closed") << 10 << 11 << "older than the void window (10 min)";
        QTest::newRow("voids turned off") << 0 << 0 << "Voids are turned off";
    }

    void voidIsRefusedOutsideTheWindow()
    {
        QFETCH(int, windowMinutes);
        QFETCH(int, minutesLater);
        QFETCH(QString, why);
        ui::PosSettings settings;
        settings.voidWindow = std::chrono::minutes(windowMinutes);
        showPanel(settings);
        const sync::CounterSale sale = confirmedSale();
        QTRY_COMPARE(list()->topLevelItemCount(), 1);
        m_counter->server().clock().advanceSecs(60 * minutesLater);

        pressOnNewestSale(QKeyCombination(Qt::Key_Delete));
        QTest::qWait(50);
        QVERIFY(!voidDialog());
        QVERIFY(!voidAction()->isEnabled());
        QVERIFY(voidAction()->toolTip().contains(why));
        QVERIFY(voidHint().contains(why));
        QVERIFY(stored(sale.clientTxnId).voidedBy.isEmpty());
        QCOMPARE(m_counter->customerBalance(), 50);
    }

    void reprintSavesTheReceiptAsPdf()
    {
        showPanel(ui::PosSettings{});
        confirmedSale();
        QTRY_COMPARE(status(0), QStringLiteral("confirmed"));
        QSignalSpy done(m_panel.get(), &ui::RecentSalesPanel::receiptDone);

        pressOnNewestSale(QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog*>(QStringLiteral("receiptPdfDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        const QString path = m_dir.filePath(QStringLiteral("reprint.pdf"));
        // Set rather than typed: typing opens the dialog's completer, which the offscreen platform cannot
        // show.
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);

        QTRY_COMPARE(done.size(), 1);
        QVERIFY(outcome().contains(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto text = testsupport::PdfProbe(file.readAll()).text();
        QVERIFY(text.ok());
        const QString receipt = text->simplified();
        QVERIFY2(receipt.contains(m_counter->merchant().businessName), qPrintable(receipt));
        QVERIFY(receipt.contains(QStringLiteral("₹1,000.00")));
        QVERIFY(receipt.contains(QStringLiteral("B-Coins earned 50")));
        QVERIFY(receipt.contains(m_counter->customerId().right(6)));
        QVERIFY(!receipt.contains(m_counter->customerId()));
    }

    void reprintWithoutAPrinterSaysSo()
    {
        if (!QPrinterInfo::availablePrinterNames().isEmpty()) {
            QSKIP("this machine has a printer installed");
        }
        showPanel(ui::PosSettings{});
        confirmedSale();
        QTRY_COMPARE(list()->topLevelItemCount(), 1);
        QSignalSpy failed(m_panel.get(), &ui::RecentSalesPanel::receiptFailed);
        pressOnNewestSale(QKeyCombination(Qt::CTRL | Qt::Key_P));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<core::Error>().code, QStringLiteral("no_printer"));
        QVERIFY(outcome().contains(QStringLiteral("save the receipt as a PDF")));
    }

    void switchingTheLanguageRewordsTheList()
    {
        showPanel(ui::PosSettings{});
        confirmedSale();
        QTRY_COMPARE(status(0), QStringLiteral("confirmed"));
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/baartal_hi.qm")));
        QVERIFY(QCoreApplication::installTranslator(&hindi));
        QTRY_COMPARE(status(0), QStringLiteral("पुष्ट"));
        QCOMPARE(list()->headerItem()->text(0), QStringLiteral("समय"));
        QVERIFY(QCoreApplication::removeTranslator(&hindi));
        QTRY_COMPARE(status(0), QStringLiteral("confirmed"));
    }

    void receiptAfterASalePrintsOnlyWhenAskedFor_data()
    {
        QTest::addColumn<bool>("printReceipts");
        QTest::newRow("printing on") << true;
        QTest::newRow("printing off") << false;
    }

    void receiptAfterASalePrintsOnlyWhenAskedFor()
    {
        QFETCH(bool, printReceipts);
        if (!QPrinterInfo::availablePrinterNames().isEmpty()) {
            QSKIP("this machine has a printer installed");
        }
        ui::PosSettings settings;
        settings.printReceipts = printReceipts;
        showPanel(settings);
        QSignalSpy failed(m_panel.get(), &ui::RecentSalesPanel::receiptFailed);
        m_panel->printReceipt(confirmedSale());
        if (printReceipts) {
            QTRY_COMPARE(failed.size(), 1);
            QCOMPARE(failed.at(0).at(0).value<core::Error>().code, QStringLiteral("no_printer"));
            QVERIFY(outcome().contains(QStringLiteral("No printer is installed")));
        } else {
            QTest::qWait(100);
            QCOMPARE(failed.size(), 0);
        }
    }
};

QTEST_MAIN(TestRecentSalesPanel)
#include "tst_recent_sales_panel.moc"
