#pragma once

#include "core/money/coins.h"

#include <QDateTime>
#include <QFrame>
#include <QString>

#include <optional>

class QLabel;

namespace baartal::ui {

// Who the sale is for, as the cashier sees it: the customer's masked name, the last balance the counter
// knows and how fresh it is — when the server reported it and whether the counter is online now, e.g.
// "Balance 1,250 B-Coins · as of 14:05 · offline". The text is rendered from that state, so it follows a
// change of language.
class CustomerCard final : public QFrame {
    Q_OBJECT

public:
    explicit CustomerCard(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerCard)

    // `balance` as the server reported it at `asOf`; nothing when the counter has no recent figure.
    void showCustomer(const QString& customerId, const QString& nameMasked,
                      std::optional<core::Coins> balance, const QDateTime& asOf);
    void clear();
    void setOnline(bool online);

    bool isShowing() const { return !m_customerId.isEmpty(); }
    QString text() const;

    // The last characters of a customer id: enough for the cashier to match the customer's screen.
    static QString shortId(const QString& customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_customerId;
    QString m_name;
    std::optional<core::Coins> m_balance;
    QDateTime m_asOf;
    bool m_online = false;
    QLabel* m_who;
    QLabel* m_balanceLine;
};

} // namespace baartal::ui
