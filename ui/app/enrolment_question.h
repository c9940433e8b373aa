#pragma once

#include <QAbstractButton>
#include <QMessageBox>

namespace baartal::ui {

// A question the POS must ask before enrolling this counter can go on, answered asynchronously:
// answered(true) when the user chose to go on, answered(false) for Cancel or closing the box. The box
// deletes itself once answered.
class EnrolmentQuestion final : public QMessageBox {
    Q_OBJECT

public:
    Q_DISABLE_COPY_MOVE(EnrolmentQuestion)
    ~EnrolmentQuestion() override = default;

    // No OS keychain: may the device key be kept unencrypted in a file under folder?
    static EnrolmentQuestion* plainKeyOptIn(const QString& folder);
    // The enrolled device's key is gone: enrol this counter again as a new device?
    static EnrolmentQuestion* reEnrol();

    // The button that goes on ("Keep it in a file" / "Enrol again").
    QAbstractButton* goOnButton() const { return m_goOn; }

Q_SIGNALS:
    void answered(bool goOn);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Kind { PlainKeyOptIn, ReEnrol };

    EnrolmentQuestion(Kind kind, QString folder);
    void retranslate();

    Kind m_kind;
    QString m_folder;
    QAbstractButton* m_goOn;
};

} // namespace baartal::ui
