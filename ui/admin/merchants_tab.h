#pragma once

#include "core/result/result.h"
#include "sync/client/admin_merchant.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// Every shop on the platform, searched by name, phone or pincode and filtered by approval state, a
// page at a time. Typing searches after a short pause (Enter at once); PageUp / PageDown turn pages.
class MerchantsTab final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    explicit MerchantsTab(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MerchantsTab)

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Loading, Loaded, Failed };

    void retranslate();
    void render();
    void load(int page);
    void onLoaded(const core::Result<sync::AdminMerchantPage>& answer);
    QString stateText(const QString& state) const;

    sync::ApiClient& m_api;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QTableWidget* m_table;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_pageText;
    QLabel* m_status;
    QTimer* m_typing;
    sync::AdminMerchantPage m_page;
    State m_loadState = State::Loading;
    core::Error m_error;
    // Answers to an older search are dropped: only the latest request may fill the table.
    quint64 m_request = 0;
};

} // namespace baartal::ui
