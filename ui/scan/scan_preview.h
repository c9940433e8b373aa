#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QVideoFrame>
#include <QWidget>

#include <chrono>
#include <variant>

namespace baartal::ui {

// What the camera sees, scaled to fit, with a green border that fades out after a good read, and a line
// of text instead of a picture when there is no camera or it is off. Paints itself (no video surface),
// so it also works on the offscreen platform of tests and screenshots.
class ScanPreview final : public QWidget {
    Q_OBJECT

public:
    enum class Notice {
        None,     // just the picture
        NoCamera, // the system has no camera: the cashier types or uses a USB scanner
        CameraOff,
    };

    static constexpr std::chrono::milliseconds kFlashDuration{300};

    explicit ScanPreview(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScanPreview)

    Notice notice() const { return m_notice; }
    void setNotice(Notice notice);
    // The text shown for the notice, in the current language; empty for None.
    QString noticeText() const;
    bool isFlashing() const;
    bool hasPicture() const { return m_picture.index() != 0; }

    QSize sizeHint() const override { return {480, 270}; }

public Q_SLOTS:
    void setFrame(const QVideoFrame& frame);
    void setImage(const QImage& image);
    void clear();
    // The good-read flash.
    void flash();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::variant<std::monostate, QVideoFrame, QImage> m_picture;
    Notice m_notice = Notice::None;
    QElapsedTimer m_flashClock;
    QTimer m_flashTimer;
};

} // namespace baartal::ui
