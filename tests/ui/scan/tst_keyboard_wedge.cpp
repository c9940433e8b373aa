#include "tests/testsupport/fake_clock.h"
#include "ui/scan/keyboard_wedge.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace baartal;
using namespace std::chrono_literals;

// A USB barcode scanner and a person typing into the same counter window: the scanner's burst becomes
// a scanned code, the person's keys reach the field they type in.
class TestKeyboardWedge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tellsScannerFromPerson_data();
    void tellsScannerFromPerson();
    void shortcutKeysPassAtOnce();
    void scanInTheMiddleOfTyping();

private:
    enum class Timing { Clock, EventTimestamps };

    // Presses and releases one key `gap` after the previous one, timed by the fake clock or carried in
    // the event's timestamp as a keyboard driver sets it.
    void press(QChar ch, std::chrono::milliseconds gap, Timing timing);
    void pressKey(int key, const QString& text, std::chrono::milliseconds gap, Timing timing);

    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_field = nullptr;
    QLineEdit* m_other = nullptr;
    std::unique_ptr<testsupport::FakeClock> m_clock;
    ui::KeyboardWedge* m_wedge = nullptr;
    ulong m_timestamp = 1000;
};

void TestKeyboardWedge::init()
{
    m_window = std::make_unique<QWidget>();
    m_field = new QLineEdit(m_window.get());
    m_other = new QLineEdit(m_window.get());
    auto* layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_field);
    layout->addWidget(m_other);
    m_clock = std::make_unique<testsupport::FakeClock>();
    m_wedge = new ui::KeyboardWedge(m_window.get(), *m_clock);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_field->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_field);
}

void TestKeyboardWedge::cleanup()
{
    m_window.reset();
}

void TestKeyboardWedge::pressKey(int key, const QString& text, std::chrono::milliseconds gap, Timing timing)
{
    m_timestamp += ulong(gap.count());
    m_clock->set(m_clock->now().addMSecs(gap.count()));
    QWidget* target = QApplication::focusWidget();
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    if (timing == Timing::EventTimestamps) {
        down.setTimestamp(m_timestamp);
        up.setTimestamp(m_timestamp);
        // The clock says the keys come at once, as a busy GUI thread would deliver them.
        m_clock->set(m_clock->now().addMSecs(-gap.count()));
    }
    QApplication::sendEvent(target, &down);
    QApplication::sendEvent(target, &up);
}

void TestKeyboardWedge::press(QChar ch, std::chrono::milliseconds gap, Timing timing)
{
    const int key =
        ch.category() == QChar::Other_Control ? int(Qt::Key_unknown) : int(ch.toUpper().unicode());
    pressKey(key, QString(ch), gap, timing);
}

void TestKeyboardWedge::tellsScannerFromPerson_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("gapMs");
    QTest::addColumn<int>("enterGapMs"); // -1: no Enter
    QTest::addColumn<Timing>("timing");
    QTest::addColumn<QString>("scanned"); // empty: no scan
    QTest::addColumn<QString>("inField");
    QTest::addColumn<int>("returnPressed");

    const QString token = QStringLiteral("bid1.-xme-SRw.owJQC488LmodTH6fEC0");
    for (const Timing timing : {Timing::Clock, Timing::EventTimestamps}) {
        const char* how = timing == Timing::Clock ? "clock" : "timestamps";
        QTest::addRow("scanner burst (%s)", how) << token << 8 << 8 << timing << token << QString() << 0;
        QTest::addRow("control characters stripped (%s)", how)
            << QStringLiteral("CUST\x1d-00\x02\x30\x34\x32\x03") << 5 << 5 << timing
            << QStringLiteral("CUST-00042") << QString() << 0;
        QTest::addRow("person typing (%s)", how) << QStringLiteral("Ravi 42 Main") << 140 << 200 << timing
                                                 << QString() << QStringLiteral("Ravi 42 Main") << 1;
        QTest::addRow("burst without Enter (%s)", how) << QStringLiteral("ABCDEFGH") << 8 << -1 << timing
                                                       << QString() << QStringLiteral("ABCDEFGH") << 0;
        QTest::addRow("burst with a late Enter (%s)", how) << QStringLiteral("ABCDEFGH") << 8 << 400 << timing
                                                           << QString() << QStringLiteral("ABCDEFGH") << 1;
        QTest::addRow("short burst (%s)", how)
            << QStringLiteral("1234") << 8 << 8 << timing << QString() << QStringLiteral("1234") << 1;
    }
}

void TestKeyboardWedge::tellsScannerFromPerson()
{
    QFETCH(QString, typed);
    QFETCH(int, gapMs);
    QFETCH(int, enterGapMs);
    QFETCH(Timing, timing);
    QFETCH(QString, scanned);
    QFETCH(QString, inField);
    QFETCH(int, returnPressed);

    QSignalSpy scans(m_wedge, &ui::KeyboardWedge::codeScanned);
    QSignalSpy returns(m_field, &QLineEdit::returnPressed);
    for (const QChar ch : typed) {
        press(ch, std::chrono::milliseconds(gapMs), timing);
    }
    if (enterGapMs >= 0) {
        if (enterGapMs > ui::KeyboardWedge::kDefaultMaximumGap.count()) {
            // A real pause: the held keys go to the field meanwhile.
            QTest::qWait(enterGapMs);
        }
        pressKey(Qt::Key_Return, QStringLiteral("\r"), std::chrono::milliseconds(enterGapMs), timing);
    }

    QTRY_COMPARE(m_field->text(), inField);
    QCOMPARE(scans.count(), scanned.isEmpty() ? 0 : 1);
    if (!scanned.isEmpty()) {
        QCOMPARE(scans.at(0).at(0).toString(), scanned);
    }
    QCOMPARE(returns.count(), returnPressed);
    QCOMPARE(m_other->text(), QString());
}

void TestKeyboardWedge::shortcutKeysPassAtOnce()
{
    // Editing keys are never held: Backspace on an empty hold and Ctrl+A reach the field at once.
    m_field->setText(QStringLiteral("12345"));
    QTest::keyClick(m_field, Qt::Key_Backspace);
    QCOMPARE(m_field->text(), QStringLiteral("1234"));
    QTest::keyClick(m_field, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_field->selectedText(), QStringLiteral("1234"));
    // A key typed just before Tab (held with it) lands in the field it was typed into, then focus moves.
    QTest::keyClick(m_field, Qt::Key_5, Qt::NoModifier);
    QTest::keyClick(m_field, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), m_other);
    QCOMPARE(m_field->text(), QStringLiteral("5"));
    QCOMPARE(m_other->text(), QString());
}

void TestKeyboardWedge::scanInTheMiddleOfTyping()
{
    QSignalSpy scans(m_wedge, &ui::KeyboardWedge::codeScanned);
    press(QLatin1Char('7'), 0ms, Timing::Clock);
    press(QLatin1Char('5'), 300ms, Timing::Clock);
    // The scanner fires 300 ms after the person's last key.
    press(QLatin1Char('X'), 300ms, Timing::Clock);
    for (const QChar ch : QStringLiteral("Y-12345")) {
        press(ch, 6ms, Timing::Clock);
    }
    pressKey(Qt::Key_Return, QStringLiteral("\r"), 6ms, Timing::Clock);

    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("XY-12345"));
    QCOMPARE(m_field->text(), QStringLiteral("75"));
}

QTEST_MAIN(TestKeyboardWedge)
#include "tst_keyboard_wedge.moc"
