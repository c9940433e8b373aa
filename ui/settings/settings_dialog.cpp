#include "ui/settings/settings_dialog.h"

#include "ui/app/translations.h"
#include "ui/settings/server_address.h"
#include "ui/ui_log.h"

#include <QCameraDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace baartal::ui {

namespace {

// Marks a saved camera or printer that is not connected now: kept, so OK does not drop the choice.
constexpr int kMissingRole = Qt::UserRole + 1;

QList<QSize> resolutionsOf(const QCameraDevice& camera)
{
    QList<QSize> sizes;
    for (const QCameraFormat& format : camera.videoFormats()) {
        if (!sizes.contains(format.resolution())) {
            sizes.append(format.resolution());
        }
    }
    std::sort(sizes.begin(), sizes.end(),
              [](const QSize& a, const QSize& b) { return a.width() * a.height() > b.width() * b.height(); });
    return sizes;
}

QString sizeText(const QSize& size)
{
    return QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
}

} // namespace

SettingsDialog::SettingsDialog(const PosSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageAtOpen(Translations::current())
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_cameraLabel(new QLabel(this))
    , m_camera(new QComboBox(this))
    , m_cameraNote(new QLabel(this))
    , m_resolutionLabel(new QLabel(this))
    , m_resolution(new QComboBox(this))
    , m_printerLabel(new QLabel(this))
    , m_printer(new QComboBox(this))
    , m_printerNote(new QLabel(this))
    , m_paperLabel(new QLabel(this))
    , m_paper(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_voidWindowLabel(new QLabel(this))
    , m_voidWindow(new QSpinBox(this))
    , m_sounds(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    // Buttons of our own: a box's standard buttons take Qt's texts again on every language change.
    , m_ok(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(PosSettings::defaultServer());
    m_server->setText(settings.server);
    m_camera->setObjectName(QStringLiteral("camera"));
    m_cameraNote->setObjectName(QStringLiteral("cameraNote"));
    m_cameraNote->setWordWrap(true);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printerNote->setObjectName(QStringLiteral("printerNote"));
    m_printerNote->setWordWrap(true);
    m_paper->setObjectName(QStringLiteral("paper"));
    for (ReceiptPaper paper : {ReceiptPaper::Roll58mm, ReceiptPaper::Roll80mm, ReceiptPaper::A4}) {
        m_paper->addItem(QString(), QVariant::fromValue(static_cast<int>(paper)));
    }
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(settings.receiptPaper)));
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own script, so a cashier finds theirs whatever the screen shows now.
    for (const QString& language : Translations::languages()) {
        m_language->addItem(Translations::nativeName(language), language);
    }
    QString language = settings.language;
    if (language.isEmpty()) {
        language = m_languageAtOpen.isEmpty() ? Translations::systemLanguage() : m_languageAtOpen;
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_voidWindow->setObjectName(QStringLiteral("voidWindow"));
    m_voidWindow->setRange(0, static_cast<int>(PosSettings::kMaxVoidWindow.count()));
    m_voidWindow->setValue(static_cast<int>(settings.voidWindow.count()));
    m_sounds->setObjectName(QStringLiteral("sounds"));
    m_sounds->setChecked(settings.sounds);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);

    m_serverLabel->setBuddy(m_server);
    m_cameraLabel->setBuddy(m_camera);
    m_resolutionLabel->setBuddy(m_resolution);
    m_printerLabel->setBuddy(m_printer);
    m_paperLabel->setBuddy(m_paper);
    m_languageLabel->setBuddy(m_language);
    m_voidWindowLabel->setBuddy(m_voidWindow);

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_cameraLabel, m_camera);
    form->addRow(QString(), m_cameraNote);
    form->addRow(m_resolutionLabel, m_resolution);
    form->addRow(m_printerLabel, m_printer);
    form->addRow(QString(), m_printerNote);
    form->addRow(m_paperLabel, m_paper);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_voidWindowLabel, m_voidWindow);
    form->addRow(QString(), m_sounds);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillCameras();
    fillPrinters();
    connect(m_camera, &QComboBox::currentIndexChanged, this, &SettingsDialog::fillResolutions);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::switchLanguage);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslate();
}

void SettingsDialog::fillCameras()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    m_noCamera = cameras.isEmpty();
    m_camera->addItem(QString(), QByteArray());
    for (const QCameraDevice& camera : cameras) {
        m_camera->addItem(camera.description(), camera.id());
    }
    if (!m_settings.cameraId.isEmpty() && m_camera->findData(m_settings.cameraId) < 0) {
        m_camera->addItem(QString(), m_settings.cameraId);
        m_camera->setItemData(m_camera->count() - 1, true, kMissingRole);
    }
    m_camera->setCurrentIndex(std::max(0, m_camera->findData(m_settings.cameraId)));
    m_cameraNote->setVisible(m_noCamera);
    fillResolutions();
}

void SettingsDialog::fillResolutions()
{
    const QSize chosen =
        m_resolution->count() > 0 ? m_resolution->currentData().toSize() : m_settings.cameraResolution;
    const QByteArray id = m_camera->currentData().toByteArray();
    QCameraDevice camera = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        if (device.id() == id) {
            camera = device;
        }
    }
    m_resolution->clear();
    m_resolution->addItem(tr("The camera's own choice"), QSize());
    QList<QSize> sizes = resolutionsOf(camera);
    if (chosen.isValid() && !sizes.contains(chosen)) {
        sizes.append(chosen);
    }
    for (const QSize& size : std::as_const(sizes)) {
        m_resolution->addItem(sizeText(size), size);
    }
    m_resolution->setCurrentIndex(chosen.isValid() ? m_resolution->findData(chosen) : 0);
    m_resolution->setEnabled(!m_noCamera || chosen.isValid());
}

void SettingsDialog::fillPrinters()
{
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    m_noPrinter = printers.isEmpty();
    m_printer->addItem(QString(), QString());
    for (const QString& name : printers) {
        m_printer->addItem(name, name);
    }
    if (!m_settings.printerName.isEmpty() && !printers.contains(m_settings.printerName)) {
        m_printer->addItem(QString(), m_settings.printerName);
        m_printer->setItemData(m_printer->count() - 1, true, kMissingRole);
    }
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(m_settings.printerName)));
    m_printerNote->setVisible(m_noPrinter);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Counter settings"));
    m_serverLabel->setText(tr("&Server"));
    m_server->setToolTip(tr("The address of baartal-server. A new address is used at the next sign-in."));
    m_cameraLabel->setText(tr("&Camera"));
    m_camera->setItemText(0, tr("System default"));
    for (int i = 1; i < m_camera->count(); ++i) {
        if (m_camera->itemData(i, kMissingRole).toBool()) {
            m_camera->setItemText(i, tr("The saved camera (not connected)"));
        }
    }
    m_cameraNote->setText(tr("No camera found. Connect a webcam, or type the codes or use a USB scanner."));
    m_resolutionLabel->setText(tr("&Resolution"));
    m_resolution->setItemText(0, tr("The camera's own choice"));
    m_printerLabel->setText(tr("&Printer"));
    m_printer->setItemText(0, tr("System default"));
    for (int i = 1; i < m_printer->count(); ++i) {
        if (m_printer->itemData(i, kMissingRole).toBool()) {
            m_printer->setItemText(i, tr("%1 (not installed)").arg(m_printer->itemData(i).toString()));
        }
    }
    m_printerNote->setText(tr("No printer is installed on this PC. Receipts can still be saved as PDF."));
    m_paperLabel->setText(tr("Receipt p&aper"));
    m_paper->setItemText(0, tr("58 mm thermal roll"));
    m_paper->setItemText(1, tr("80 mm thermal roll"));
    m_paper->setItemText(2, tr("A4 sheet"));
    m_languageLabel->setText(tr("&Language"));
    m_voidWindowLabel->setText(tr("&Void window"));
    m_voidWindow->setSuffix(tr(" min"));
    m_voidWindow->setSpecialValueText(tr("Voids off"));
    m_voidWindow->setToolTip(tr("How many minutes after a sale it may still be voided; 0 turns voids off."));
    m_sounds->setText(tr("&Beep on a good scan"));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
    if (!m_problem->isHidden()) {
        // The only problem the dialog shows is the server address's.
        m_problem->setText(ServerAddress::parse(m_server->text()).error().message);
    }
}

void SettingsDialog::switchLanguage()
{
    const QString language = m_language->currentData().toString();
    if (language != Translations::current()) {
        Translations::install(*QCoreApplication::instance(), language);
    }
}

PosSettings SettingsDialog::settings() const
{
    PosSettings edited = m_settings;
    edited.server = m_server->text().trimmed();
    if (const auto url = ServerAddress::parse(edited.server); url) {
        edited.server = url->toString();
    }
    edited.cameraId = m_camera->currentData().toByteArray();
    edited.cameraResolution = m_resolution->currentData().toSize();
    edited.printerName = m_printer->currentData().toString();
    edited.receiptPaper = static_cast<ReceiptPaper>(m_paper->currentData().toInt());
    const QString language = m_language->currentData().toString();
    // A counter following the system's language keeps doing so unless another one is chosen.
    const bool unchanged = m_settings.language.isEmpty() && language == m_languageAtOpen;
    edited.language = unchanged ? QString() : language;
    edited.voidWindow = std::chrono::minutes(m_voidWindow->value());
    edited.sounds = m_sounds->isChecked();
    return edited;
}

void SettingsDialog::accept()
{
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        if (const auto url = ServerAddress::parse(server); !url) {
            m_problem->setText(url.error().message);
            m_problem->show();
            m_server->setFocus();
            m_server->selectAll();
            return;
        }
    }
    m_problem->hide();
    qCInfo(lcUi) << "settings changed";
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (!m_languageAtOpen.isEmpty() && Translations::current() != m_languageAtOpen) {
        Translations::install(*QCoreApplication::instance(), m_languageAtOpen);
    }
    QDialog::reject();
}

} // namespace baartal::ui
