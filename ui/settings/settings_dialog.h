#pragma once

#include "ui/settings/pos_settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace baartal::ui {

// The counter's settings: server, camera and its resolution, printer and receipt paper, language, void
// window and sounds. Reads a PosSettings and, once OK passes the checks, returns the edited copy
// (settings()); the app saves it. Choosing a language switches the whole app at once so the cashier
// sees it; Cancel switches back.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const PosSettings& settings, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // The settings as edited; after accept() the server address is normalised ("http://host:port").
    PosSettings settings() const;

public Q_SLOTS:
    // Checks the fields: stays open with the problem shown, or accepts.
    void accept() override;
    // Restores the language the dialog opened with, then closes.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCameras();
    void fillResolutions();
    void fillPrinters();
    void switchLanguage();

    PosSettings m_settings;
    QString m_languageAtOpen;
    QLabel* m_serverLabel;
    QLineEdit* m_server;
    QLabel* m_cameraLabel;
    QComboBox* m_camera;
    QLabel* m_cameraNote;
    QLabel* m_resolutionLabel;
    QComboBox* m_resolution;
    QLabel* m_printerLabel;
    QComboBox* m_printer;
    QLabel* m_printerNote;
    QLabel* m_paperLabel;
    QComboBox* m_paper;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_voidWindowLabel;
    QSpinBox* m_voidWindow;
    QCheckBox* m_sounds;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    bool m_noCamera = false;
    bool m_noPrinter = false;
};

} // namespace baartal::ui
