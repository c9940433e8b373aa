#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <chrono>
#include <optional>

class QSettings;

namespace baartal::ui {

// The paper a receipt is printed on: a thermal roll of 58 or 80 mm, or an A4 sheet.
enum class ReceiptPaper { Roll58mm, Roll80mm, A4 };

QString toText(ReceiptPaper paper);
std::optional<ReceiptPaper> receiptPaperFromString(QStringView text);

// What the counter remembers between runs (QSettings: ~/.config/Baartal/baartal-pos.conf). A value that
// is missing or unreadable falls back to its default, so a hand-edited file never stops the counter.
struct PosSettings {
    static constexpr std::chrono::minutes kDefaultVoidWindow{30};
    static constexpr std::chrono::minutes kMaxVoidWindow{24 * 60};

    QString server;         // the server last signed in to; empty: the built-in default
    QByteArray cameraId;    // QCameraDevice::id() of the chosen webcam; empty: the system default
    QSize cameraResolution; // the chosen capture size; invalid: the camera's own choice
    QString printerName;    // QPrinterInfo name; empty: the system's default printer
    ReceiptPaper receiptPaper = ReceiptPaper::Roll80mm;
    QString language;                                     // en, hi or mr; empty: the system's language
    std::chrono::minutes voidWindow = kDefaultVoidWindow; // how long after a sale it may be voided
    bool sounds = true;                                   // the beep on a good scan
    // A receipt printed after every sale. Off until chosen: a counter without a printer would otherwise
    // report a printing failure after each sale.
    bool printReceipts = false;

    // The server of a counter that has none saved: baartal-server on this PC.
    static QString defaultServer() { return QStringLiteral("http://127.0.0.1:8080"); }
    QString serverOrDefault() const { return server.isEmpty() ? defaultServer() : server; }

    static PosSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    friend bool operator==(const PosSettings&, const PosSettings&) = default;
};

} // namespace baartal::ui
