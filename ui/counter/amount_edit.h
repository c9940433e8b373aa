#pragma once

#include "core/money/paise.h"

#include <QLineEdit>

#include <optional>

namespace baartal::ui {

// A bill amount in rupees, grouped the Indian way as it is typed ("1,23,456.50") and read back as exact
// paise. Only digits and one decimal point with at most two places are taken, up to maximum(); an edit
// or a paste that breaks that is undone. Pasted grouping, spaces and a leading ₹ are accepted. Backspace
// or Delete next to a comma removes the digit beyond it, and the caret stays by the digit it was at.
class AmountEdit final : public QLineEdit {
    Q_OBJECT

public:
    static constexpr core::Paise kDefaultMaximum{1'00'00'000'00}; // ₹1,00,00,000

    explicit AmountEdit(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AmountEdit)

    // The amount typed: nothing when the field is empty; "12." reads as ₹12.00.
    std::optional<core::Paise> amount() const;
    void setMaximum(core::Paise maximum) { m_maximum = maximum; }
    core::Paise maximum() const { return m_maximum; }

    // The grouped text of what was typed, or nothing when it is not an amount of at most two decimals
    // within `maximum` ("1234.5" → "1,234.5", "" → "").
    static std::optional<QString> grouped(QString raw, core::Paise maximum);

Q_SIGNALS:
    // The amount changed, as amount() reads it.
    void amountChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onEdited(const QString& text);

    core::Paise m_maximum = kDefaultMaximum;
    QString m_accepted; // the last text that was an amount, to go back to
};

} // namespace baartal::ui
