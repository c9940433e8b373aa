#include "ui/counter/void_dialog.h"

#include "ui/receipt/receipt.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace baartal::ui {

VoidDialog::VoidDialog(const sync::CounterSale& sale, QWidget* parent)
    : QDialog(parent)
    , m_sale(sale)
    , m_summary(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_limit(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("voidDialog"));
    m_summary->setObjectName(QStringLiteral("voidSummary"));
    m_summary->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reason->setMaxLength(kMaxReasonLength);
    m_reasonLabel->setBuddy(m_reason);
    m_limit->setObjectName(QStringLiteral("voidReasonLimit"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_limit);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &VoidDialog::onReasonEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    onReasonEdited();
    m_reason->setFocus();
}

QString VoidDialog::reason() const
{
    return m_reason->text().trimmed();
}

void VoidDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void VoidDialog::retranslate()
{
    setWindowTitle(tr("Void a sale"));
    m_summary->setText(
        tr("Void the sale of %1 to customer %2 at %3? A reversing transaction goes to the server: the "
           "B-Coins "
           "this sale earned are taken back and those it redeemed are returned.")
            .arg(m_sale.bill.formatIndian(), Receipt::maskCustomer(m_sale.customerId),
                 QLocale().toString(m_sale.createdAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_reasonLabel->setText(tr("&Reason (required)"));
    m_reason->setPlaceholderText(tr("e.g. wrong amount typed"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Void sale"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep sale"));
    onReasonEdited();
}

void VoidDialog::onReasonEdited()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    m_limit->setText(tr("%1 of %2 characters").arg(m_reason->text().size()).arg(kMaxReasonLength));
}

} // namespace baartal::ui
