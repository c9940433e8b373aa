#pragma once

#include "sync/client/counter_sale.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace baartal::ui {

// Asks the cashier why a sale is voided before the counter reverses it. The reason is required (blank
// is not a reason) and kept short; it stays with the sale at the counter.
class VoidDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxReasonLength = 200;

    explicit VoidDialog(const sync::CounterSale& sale, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VoidDialog)

    // The reason as typed, trimmed.
    QString reason() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onReasonEdited();

    sync::CounterSale m_sale;
    QLabel* m_summary;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_limit;
    QDialogButtonBox* m_buttons;
};

} // namespace baartal::ui
