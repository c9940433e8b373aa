#include "ui/scan/scan_feedback.h"

#include <QSoundEffect>

namespace baartal::ui {

const QUrl ScanFeedback::kBeep(QStringLiteral("qrc:/sounds/scan_beep.wav"));

ScanFeedback::ScanFeedback(bool soundsEnabled, QObject* parent)
    : QObject(parent)
    , m_enabled(soundsEnabled)
    , m_beep(new QSoundEffect(this))
{
    // Loaded once, ahead of the first read, so the beep is not late.
    m_beep->setSource(kBeep);
    m_beep->setVolume(0.8f);
}

void ScanFeedback::goodRead()
{
    if (!m_enabled) {
        return;
    }
    ++m_beeps;
    m_beep->play();
}

} // namespace baartal::ui
