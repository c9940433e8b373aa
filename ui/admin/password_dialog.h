#pragma once

#include "core/money/coins.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace baartal::ui {

// Asks the signed-in admin for their password once more before a wallet adjustment, saying what it
// confirms. The server checks the password; this dialog only collects it.
class PasswordDialog final : public QDialog {
    Q_OBJECT

public:
    // coins: issued when positive, withdrawn when negative; contact: the customer's masked contact.
    PasswordDialog(core::Coins coins, const QString& contact, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PasswordDialog)

    QString password() const;

protected:
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    void retranslate();

    core::Coins m_coins;
    QString m_contact;
    QLabel* m_prompt;
    QLabel* m_label;
    QLineEdit* m_password;
    QDialogButtonBox* m_buttons;
};

} // namespace baartal::ui
