#include "ui/counter/amount_edit.h"

#include "core/money/indian_grouping.h"

#include <QKeyEvent>
#include <QRegularExpression>

#include <algorithm>

namespace baartal::ui {

namespace {

const QChar kComma = QLatin1Char(',');

// What counts of the text for the caret: everything but the grouping commas.
int significantBefore(const QString& text, int position)
{
    int count = 0;
    for (int i = 0; i < position && i < text.size(); ++i) {
        if (text.at(i) != kComma) {
            ++count;
        }
    }
    return count;
}

// The position after the `count`th significant character of `text`.
int positionAfter(const QString& text, int count)
{
    int position = 0;
    while (position < text.size() && count > 0) {
        if (text.at(position) != kComma) {
            --count;
        }
        ++position;
    }
    return position;
}

} // namespace

AmountEdit::AmountEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(this, &QLineEdit::textEdited, this, &AmountEdit::onEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Whatever set it (typing, clear(), setText()), a grouped amount is what a refused edit returns to.
        if (grouped(text, m_maximum) == text) {
            m_accepted = text;
        }
        Q_EMIT amountChanged();
    });
}

std::optional<QString> AmountEdit::grouped(QString raw, core::Paise maximum)
{
    raw.remove(kComma);
    raw = raw.simplified().remove(QLatin1Char(' '));
    if (raw.startsWith(QStringLiteral("₹"))) {
        raw.remove(0, 1);
    }
    static const QRegularExpression kAmount(QStringLiteral("^([0-9]*)(\\.[0-9]{0,2})?$"));
    const QRegularExpressionMatch match = kAmount.match(raw);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QString whole = match.captured(1);
    const QString fraction = match.captured(2);
    if (whole.isEmpty()) {
        // ".5" is taken as it is typed; the rupees before it read as zero.
        return fraction;
    }
    // Rupees beyond the maximum's digits would overflow before the comparison.
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0'))) {
        whole.remove(0, 1);
    }
    if (whole.size() > 15) {
        return std::nullopt;
    }
    const quint64 rupees = whole.toULongLong();
    const QString paiseText = QString(fraction.mid(1) + QStringLiteral("00")).left(2);
    if (static_cast<qint64>(rupees) * 100 + paiseText.toLongLong() > maximum.value()) {
        return std::nullopt;
    }
    return core::groupIndian(rupees) + fraction;
}

std::optional<core::Paise> AmountEdit::amount() const
{
    QString raw = text();
    raw.remove(kComma);
    if (raw.endsWith(QLatin1Char('.'))) {
        raw.chop(1);
    }
    if (raw.startsWith(QLatin1Char('.'))) {
        raw.prepend(QLatin1Char('0'));
    }
    if (raw.isEmpty()) {
        return std::nullopt;
    }
    auto paise = core::Paise::parseRupees(raw);
    return paise ? std::optional(*paise) : std::nullopt;
}

void AmountEdit::onEdited(const QString& text)
{
    const std::optional<QString> formatted = grouped(text, m_maximum);
    if (!formatted) {
        // Back to the last amount, the caret where it was before the refused edit.
        const int caret = positionAfter(m_accepted, significantBefore(text, cursorPosition()) - 1);
        setText(m_accepted);
        setCursorPosition(std::min(caret, int(m_accepted.size())));
        return;
    }
    // Count the leading zeros the grouping dropped, so the caret keeps its digit.
    QString typed = text;
    typed.remove(kComma);
    const int caretDigits = significantBefore(text, cursorPosition());
    int dropped = 0;
    while (dropped < typed.size() - 1 && typed.at(dropped) == QLatin1Char('0') &&
           typed.at(dropped + 1) != QLatin1Char('.')) {
        ++dropped;
    }
    if (*formatted != text) {
        setText(*formatted);
        setCursorPosition(
            positionAfter(*formatted, std::max(0, caretDigits - std::min(dropped, caretDigits))));
    }
}

void AmountEdit::keyPressEvent(QKeyEvent* event)
{
    if (!hasSelectedText()) {
        // A comma is only grouping: stepping over it makes Backspace and Delete remove a digit.
        const int caret = cursorPosition();
        if (event->key() == Qt::Key_Backspace && caret > 0 && text().at(caret - 1) == kComma) {
            setCursorPosition(caret - 1);
        } else if (event->key() == Qt::Key_Delete && caret < text().size() && text().at(caret) == kComma) {
            setCursorPosition(caret + 1);
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace baartal::ui
