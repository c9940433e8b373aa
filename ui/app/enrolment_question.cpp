#include "ui/app/enrolment_question.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QPushButton>

namespace baartal::ui {

EnrolmentQuestion::EnrolmentQuestion(Kind kind, QString folder)
    : m_kind(kind)
    , m_folder(std::move(folder))
{
    setObjectName(kind == Kind::PlainKeyOptIn ? QStringLiteral("plainKeyOptIn")
                                              : QStringLiteral("reEnrolDevice"));
    setAttribute(Qt::WA_DeleteOnClose);
    setIcon(QMessageBox::Warning);
    m_goOn = addButton(QString(), QMessageBox::AcceptRole);
    QAbstractButton* cancel = addButton(QMessageBox::Cancel);
    // Escape and the window's close button answer Cancel: nothing is risked by default.
    setDefaultButton(qobject_cast<QPushButton*>(cancel));
    setEscapeButton(cancel);
    connect(this, &QMessageBox::buttonClicked, this,
            [this](QAbstractButton* button) { Q_EMIT answered(button == m_goOn); });
    retranslate();
}

EnrolmentQuestion* EnrolmentQuestion::plainKeyOptIn(const QString& folder)
{
    return new EnrolmentQuestion(Kind::PlainKeyOptIn, folder);
}

EnrolmentQuestion* EnrolmentQuestion::reEnrol()
{
    return new EnrolmentQuestion(Kind::ReEnrol, {});
}

void EnrolmentQuestion::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMessageBox::changeEvent(event);
}

void EnrolmentQuestion::retranslate()
{
    switch (m_kind) {
    case Kind::PlainKeyOptIn:
        setWindowTitle(tr("No keychain found"));
        setText(tr("No OS keychain was found on this PC, so the counter's signing key cannot be stored "
                   "safely.\n\n"
                   "The key can instead be kept UNENCRYPTED in a file under your data folder:\n%1\n\n"
                   "Anyone who can read that file (or a backup or a stolen disk) could upload sales as this "
                   "counter. Installing and unlocking a keyring (for example gnome-keyring) is safer.")
                    .arg(QDir::toNativeSeparators(m_folder)));
        m_goOn->setText(tr("Keep it in a file"));
        return;
    case Kind::ReEnrol:
        setWindowTitle(tr("Counter key lost"));
        setText(
            tr("This counter is enrolled, but its signing key is no longer in the keychain (it was removed, "
               "or the keyring was reset).\n\n"
               "The counter must be enrolled again as a new device with a new key. Sales it recorded and "
               "did not upload yet cannot be signed with the lost key. The shop owner can revoke the old "
               "device."));
        m_goOn->setText(tr("Enrol again"));
        return;
    }
}

} // namespace baartal::ui
