#pragma once

#include <QObject>
#include <QUrl>

class QSoundEffect;

namespace baartal::ui {

// The beep on a good read (QSoundEffect with resources/sounds/scan_beep.wav: 880 Hz, 80 ms), unless the
// counter's sounds are switched off (PosSettings::sounds). Without an audio device it stays silent.
class ScanFeedback final : public QObject {
    Q_OBJECT

public:
    static const QUrl kBeep;

    explicit ScanFeedback(bool soundsEnabled, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScanFeedback)

    bool soundsEnabled() const { return m_enabled; }
    void setSoundsEnabled(bool enabled) { m_enabled = enabled; }
    // Beeps played since construction (switched-off reads are not counted).
    int beeps() const { return m_beeps; }

public Q_SLOTS:
    void goodRead();

private:
    bool m_enabled;
    int m_beeps = 0;
    QSoundEffect* m_beep;
};

} // namespace baartal::ui
