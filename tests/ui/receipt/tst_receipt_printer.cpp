#include "tests/testsupport/pdf_probe.h"
#include "ui/receipt/receipt.h"
#include "ui/receipt/receipt_printer.h"

#include <QFile>
#include <QLocale>
#include <QPrinterInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace baartal;
using testsupport::PdfProbe;
using ui::ReceiptPaper;
using ui::ReceiptPrinter;

// Receipts as the customer gets them: PDFs read back with poppler, an independent reader.
class TestReceiptPrinter : public QObject {
    Q_OBJECT

private:
    static constexpr auto kCustomer = "0b5e7c1a-6d2f-4e8a-9c3b-5f1d2a7e4c90";
    static constexpr double kPointsPerMm = 72.0 / 25.4;

    QTemporaryDir m_dir;

    static ui::Receipt receipt()
    {
        sync::MerchantProfile shop;
        shop.businessName = QStringLiteral("Sharma General Store");
        sync::CounterSale sale;
        sale.clientTxnId = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
        sale.customerId = QString::fromLatin1(kCustomer);
        sale.bill = core::Paise(123456);
        sale.redeemCoins = core::Coins(50);
        sale.status = sync::SaleStatus::Confirmed;
        sale.serverCoinsEarned = core::Coins(59);
        sale.customerBalance = core::Coins(1250);
        sale.createdAt = QDateTime(QDate(2026, 11, 23), QTime(12, 30), Qt::UTC);
        return ui::Receipt::of(sale, shop);
    }

    struct Written {
        QSizeF pagePt;
        QString text; // whitespace runs made single spaces: a wrapped line reads like an unwrapped one
    };

    // Writes the receipt as a PDF and reads it back.
    std::optional<Written> writeAndRead(const ui::Receipt& receipt, ReceiptPaper paper, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const core::Status written = ReceiptPrinter(QString(), paper).writePdf(receipt, path);
        if (!written) {
            qWarning() << written.error().message;
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        const PdfProbe probe(file.readAll());
        auto size = probe.pageSizePt();
        auto text = probe.text();
        if (!size || !text) {
            qWarning() << (size ? text.error().message : size.error().message);
            return std::nullopt;
        }
        return Written{*size, text->simplified()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachPaperGetsItsWidthAndTheWholeReceipt_data()
    {
        QTest::addColumn<ReceiptPaper>("paper");
        QTest::addColumn<double>("widthMm");
        QTest::newRow("58 mm roll") << ReceiptPaper::Roll58mm << 58.0;
        QTest::newRow("80 mm roll") << ReceiptPaper::Roll80mm << 80.0;
        QTest::newRow("A4") << ReceiptPaper::A4 << 210.0;
    }

    void eachPaperGetsItsWidthAndTheWholeReceipt()
    {
        QFETCH(ReceiptPaper, paper);
        QFETCH(double, widthMm);
        const auto pdf = writeAndRead(receipt(), paper, QStringLiteral("%1.pdf").arg(ui::toText(paper)));
        QVERIFY(pdf);
        // QPageSize keeps whole points.
        QVERIFY2(qAbs(pdf->pagePt.width() - widthMm * kPointsPerMm) < 1.0,
                 qPrintable(QString::number(pdf->pagePt.width())));
        if (paper == ReceiptPaper::A4) {
            QVERIFY(qAbs(pdf->pagePt.height() - 297.0 * kPointsPerMm) < 1.0);
        } else {
            // A roll is cut where the receipt ends, never shorter than wide.
            QVERIFY2(pdf->pagePt.height() >= widthMm * kPointsPerMm - 1.0 &&
                         pdf->pagePt.height() < 200.0 * kPointsPerMm,
                     qPrintable(QString::number(pdf->pagePt.height())));
        }
        const QString& text = pdf->text;
        for (const QString& expected : {QStringLiteral("Sharma General Store"), QStringLiteral("₹1,234.56"),
                                        QStringLiteral("₹1,184.56"), QStringLiteral("B-Coins redeemed 50"),
                                        QStringLiteral("B-Coins earned 59"), QStringLiteral("1,250"),
                                        QStringLiteral("•••7e4c90"), QStringLiteral("A1B2C3D4")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        }
        QVERIFY(!text.contains(QString::fromLatin1(kCustomer)));
        QVERIFY(!text.contains(QStringLiteral("0b5e7c1a")));
    }

    void voidReceiptSaysWhy()
    {
        ui::Receipt voided = receipt();
        voided.voided = true;
        voided.voidReason = QStringLiteral("wrong amount typed");
        voided.voidTransactionId = QStringLiteral("FFEE0011");
        const auto pdf = writeAndRead(voided, ReceiptPaper::Roll58mm, QStringLiteral("void.pdf"));
        QVERIFY(pdf);
        QVERIFY2(pdf->text.contains(QStringLiteral("VOIDED")), qPrintable(pdf->text));
        QVERIFY(pdf->text.contains(QStringLiteral("Reason: wrong amount typed")));
        QVERIFY(pdf->text.contains(QStringLiteral("FFEE0011")));
    }

    void receiptIsInTheCurrentLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ReceiptPaper>("paper");
        QTest::addColumn<QString>("heading"); // "Sale receipt" as translated
        QTest::newRow("Hindi, 58 mm") << "hi" << ReceiptPaper::Roll58mm << QStringLiteral("रसीद");
        QTest::newRow("Hindi, A4") << "hi" << ReceiptPaper::A4 << QStringLiteral("रसीद");
        QTest::newRow("Marathi, 80 mm") << "mr" << ReceiptPaper::Roll80mm << QStringLiteral("पावती");
    }

    void receiptIsInTheCurrentLanguage()
    {
        QFETCH(QString, language);
        QFETCH(ReceiptPaper, paper);
        QFETCH(QString, heading);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/baartal_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QLocale previous;
        QLocale::setDefault(QLocale(language + QStringLiteral("_IN")));
        const auto pdf =
            writeAndRead(receipt(), paper, QStringLiteral("%1-%2.pdf").arg(language, ui::toText(paper)));
        QLocale::setDefault(previous);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(pdf);
        QVERIFY2(pdf->text.contains(heading), qPrintable(pdf->text));
        QVERIFY(pdf->text.contains(QStringLiteral("₹1,234.56")));
        QVERIFY(!pdf->text.contains(QStringLiteral("Sale receipt")));
    }

    void printingWithoutAPrinterSaysSo_data()
    {
        QTest::addColumn<QString>("printerName");
        QTest::newRow("system default") << QString();
        QTest::newRow("chosen printer") << QStringLiteral("TVS-RP3160");
    }

    void printingWithoutAPrinterSaysSo()
    {
        QFETCH(QString, printerName);
        if (!QPrinterInfo::availablePrinterNames().isEmpty()) {
            QSKIP("this machine has a printer installed");
        }
        const core::Status printed = ReceiptPrinter(printerName, ReceiptPaper::Roll80mm).print(receipt());
        QVERIFY(!printed);
        QCOMPARE(printed.error().code, QStringLiteral("no_printer"));
        QVERIFY(printed.error().message.contains(QStringLiteral("No printer is installed")));
        QVERIFY(printed.error().message.contains(QStringLiteral("PDF")));
    }

    void unwritablePdfPathIsAnError()
    {
        const core::Status written =
            ReceiptPrinter(QString(), ReceiptPaper::A4)
                .writePdf(receipt(), m_dir.filePath(QStringLiteral("missing/r.pdf")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("pdf_write_failed"));
    }
};

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receipt_printer.moc"
