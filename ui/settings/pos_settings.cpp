#include "ui/settings/pos_settings.h"

#include "ui/app/translations.h"

#include <QSettings>

namespace baartal::ui {

namespace {

const QString kServer = QStringLiteral("server/url");
const QString kCameraId = QStringLiteral("camera/id");
const QString kCameraResolution = QStringLiteral("camera/resolution");
const QString kPrinterName = QStringLiteral("printer/name");
const QString kReceiptPaper = QStringLiteral("printer/paper");
const QString kLanguage = QStringLiteral("ui/language");
const QString kVoidWindow = QStringLiteral("counter/void_window_minutes");
const QString kSounds = QStringLiteral("counter/sounds");
const QString kPrintReceipts = QStringLiteral("printer/print_receipts");

} // namespace

QString toText(ReceiptPaper paper)
{
    switch (paper) {
    case ReceiptPaper::Roll58mm:
        return QStringLiteral("58mm");
    case ReceiptPaper::Roll80mm:
        return QStringLiteral("80mm");
    case ReceiptPaper::A4:
        return QStringLiteral("a4");
    }
    return {};
}

std::optional<ReceiptPaper> receiptPaperFromString(QStringView text)
{
    for (ReceiptPaper paper : {ReceiptPaper::Roll58mm, ReceiptPaper::Roll80mm, ReceiptPaper::A4}) {
        if (text == toText(paper)) {
            return paper;
        }
    }
    return std::nullopt;
}

PosSettings PosSettings::load(const QSettings& settings)
{
    PosSettings loaded;
    loaded.server = settings.value(kServer).toString().trimmed();
    loaded.cameraId = settings.value(kCameraId).toByteArray();
    if (const QSize size = settings.value(kCameraResolution).toSize(); size.isValid() && !size.isEmpty()) {
        loaded.cameraResolution = size;
    }
    loaded.printerName = settings.value(kPrinterName).toString();
    loaded.receiptPaper =
        receiptPaperFromString(settings.value(kReceiptPaper).toString()).value_or(loaded.receiptPaper);
    if (const QString language = settings.value(kLanguage).toString();
        Translations::languages().contains(language)) {
        loaded.language = language;
    }
    bool number = false;
    const int minutes = settings.value(kVoidWindow).toInt(&number);
    if (number && minutes >= 0 && minutes <= kMaxVoidWindow.count()) {
        loaded.voidWindow = std::chrono::minutes(minutes);
    }
    if (const QVariant sounds = settings.value(kSounds); sounds.isValid()) {
        loaded.sounds = sounds.toBool();
    }
    if (const QVariant print = settings.value(kPrintReceipts); print.isValid()) {
        loaded.printReceipts = print.toBool();
    }
    return loaded;
}

void PosSettings::save(QSettings& settings) const
{
    settings.setValue(kServer, server);
    settings.setValue(kCameraId, cameraId);
    settings.setValue(kCameraResolution, cameraResolution);
    settings.setValue(kPrinterName, printerName);
    settings.setValue(kReceiptPaper, toText(receiptPaper));
    settings.setValue(kLanguage, language);
    settings.setValue(kVoidWindow, static_cast<int>(voidWindow.count()));
    settings.setValue(kSounds, sounds);
    settings.setValue(kPrintReceipts, printReceipts);
}

} // namespace baartal::ui
