#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace baartal::sync {
class CounterStore;
}

namespace baartal::ui {

// The merchant's reconciliation list: the counter's actions the server refused (a spend QR already used
// at another counter, an unknown customer…), newest first, with when, whom, how much and why, so the
// cashier can settle them with the customer.
class ReconciliationDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxRows = 500;

    ReconciliationDialog(sync::CounterStore& store, QString deviceId, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReconciliationDialog)

    // Reads the list again from the counter store.
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    sync::CounterStore& m_store;
    QString m_deviceId;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_refresh = nullptr;
};

} // namespace baartal::ui
