#pragma once

#include <QFrame>

class QLabel;

namespace baartal::ui {

// One headline figure of the analytics screen: what it is, the figure in large type, and a line of
// detail under it. The owner fills in all three, already translated.
class AnalyticsTile final : public QFrame {
    Q_OBJECT

public:
    explicit AnalyticsTile(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AnalyticsTile)

    void setTitle(const QString& title);
    void setValue(const QString& value);
    void setDetail(const QString& detail);

    QString title() const;
    QString value() const;
    QString detail() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace baartal::ui
