#include "ui/analytics/analytics_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baartal::ui {

AnalyticsTile::AnalyticsTile(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void AnalyticsTile::setTitle(const QString& title)
{
    m_title->setText(title);
}

void AnalyticsTile::setValue(const QString& value)
{
    m_value->setText(value);
}

void AnalyticsTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
}

QString AnalyticsTile::title() const
{
    return m_title->text();
}

QString AnalyticsTile::value() const
{
    return m_value->text();
}

QString AnalyticsTile::detail() const
{
    return m_detail->text();
}

} // namespace baartal::ui
