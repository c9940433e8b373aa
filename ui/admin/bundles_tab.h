#pragma once

#include "core/result/result.h"
#include "sync/client/admin_bundle.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// The platform's bundles, a page at a time, with their shops' categories; opening a new bundle in a
// pincode, and renaming, deactivating or reactivating the chosen one. What the server refuses is shown
// in its words (a bundle holds one shop per category, enforced by the database).
class BundlesTab final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    explicit BundlesTab(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BundlesTab)

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Loading, Loaded, Failed, Saving };
    // What the last change did, to say it again after a language change.
    enum class Outcome { None, Created, Saved, Refused };

    void retranslate();
    void render();
    void renderOutcome();
    void load(int page);
    void onLoaded(const core::Result<sync::AdminBundlePage>& answer);
    void create();
    void save();
    void onChanged(const core::Result<sync::AdminBundle>& answer, Outcome outcome);
    void showSelected();
    const sync::AdminBundle* selected() const;

    sync::ApiClient& m_api;
    QTableWidget* m_table;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_pageText;
    QGroupBox* m_newGroup;
    QLabel* m_newPincodeLabel;
    QLineEdit* m_newPincode;
    QLabel* m_newNameLabel;
    QLineEdit* m_newName;
    QPushButton* m_create;
    QGroupBox* m_editGroup;
    QLabel* m_editNameLabel;
    QLineEdit* m_editName;
    QCheckBox* m_active;
    QPushButton* m_save;
    QLabel* m_status;
    sync::AdminBundlePage m_page;
    State m_state = State::Loading;
    core::Error m_error;
    Outcome m_outcome = Outcome::None;
    sync::AdminBundle m_changed;
    QString m_selectAfterLoad;
    // Answers to an older reload are dropped: only the latest request may fill the table.
    quint64 m_request = 0;
};

} // namespace baartal::ui
