#include "ui/app/enrolment_question.h"

#include <QAbstractButton>
#include <QDir>
#include <QPushButton>

namespace baartal::ui {

EnrolmentQuestion::EnrolmentQuestion(const QString& objectName, const QString& title, const QString& text,
                                     const QString& goOnText)
{
    setObjectName(objectName);
    setAttribute(Qt::WA_DeleteOnClose);
    setIcon(QMessageBox::Warning);
    setWindowTitle(title);
    setText(text);
    m_goOn = addButton(goOnText, QMessageBox::AcceptRole);
    QAbstractButton* cancel = addButton(QMessageBox::Cancel);
    // Escape and the window's close button answer Cancel: nothing is risked by default.
    setDefaultButton(qobject_cast<QPushButton*>(cancel));
    setEscapeButton(cancel);
    connect(this, &QMessageBox::buttonClicked, this,
            [this](QAbstractButton* button) { Q_EMIT answered(button == m_goOn); });
}

EnrolmentQuestion* EnrolmentQuestion::plainKeyOptIn(const QString& folder)
{
    return new EnrolmentQuestion(
        QStringLiteral("plainKeyOptIn"), tr("No keychain found"),
        tr("No OS keychain was found on this PC, so the counter's signing key cannot be stored safely.\n\n"
           "The key can instead be kept UNENCRYPTED in a file under your data folder:\n%1\n\n"
           "Anyone who can read that file (or a backup or a stolen disk) could upload sales as this "
           "counter. Installing and unlocking a keyring (for example gnome-keyring) is safer.")
            .arg(QDir::toNativeSeparators(folder)),
        tr("Keep it in a file"));
}

EnrolmentQuestion* EnrolmentQuestion::reEnrol()
{
    return new EnrolmentQuestion(
        QStringLiteral("reEnrolDevice"), tr("Counter key lost"),
        tr("This counter is enrolled, but its signing key is no longer in the keychain (it was removed, or "
           "the keyring was reset).\n\n"
           "The counter must be enrolled again as a new device with a new key. Sales it recorded and did "
           "not upload yet cannot be signed with the lost key. The shop owner can revoke the old device."),
        tr("Enrol again"));
}

} // namespace baartal::ui
