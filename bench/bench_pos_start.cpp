// baartal-pos from launch to its counter: the real program (offscreen platform) signs in to a real
// baartal-server on loopback with the demo merchant, loads the shop, finds its enrolment and opens the
// counter window ready for the first sale. The first run enrols the counter (a new key in the keychain);
// the runs after it are the cashier's morning start. After the last run the program idles at the counter
// for a while and its resident memory is read from /proc.
//
//   XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- bench_pos_start [--runs N] [--idle-seconds S]
//       [--camera-frame] [--pos-argument ARG]...
//
// --camera-frame feeds the scanner a 1280×720 picture with a customer's QR at 30 frames a second
// (baartal-pos --camera-image), as a webcam pointed at the counter would.
//
// The keychain is the project's test keyring (scripts/start-test-keyring.sh), hence dbus-run-session.

#include "tests/e2e/pos_process.h"
#include "tests/e2e/server_process.h"
#include "tests/sync/support/test_keyring.h"
#include "tests/ui/scan/qr_pictures.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace baartal::testsupport;

namespace {

int fail(const QString& why)
{
    QTextStream(stderr) << "bench_pos_start: " << why << '\n';
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    // The frame is drawn here without a display, like the program under test.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Starts after the enrolling one."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("idle-seconds"),
                      QStringLiteral("Idle at the counter before reading memory."), QStringLiteral("s"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("camera-frame"), QStringLiteral("A 1280x720 QR frame as the webcam.")});
    parser.addOption({QStringLiteral("pos-argument"), QStringLiteral("Extra argument for baartal-pos."),
                      QStringLiteral("arg")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int idleSeconds = parser.value(QStringLiteral("idle-seconds")).toInt();

    if (const auto problem = TestKeyring::start()) {
        return fail(QStringLiteral("no test keychain (run under dbus-run-session): %1").arg(*problem));
    }
    QTemporaryDir dir;
    ServerProcess server;
    if (const QString problem = server.startDemo(dir); !problem.isEmpty()) {
        return fail(problem);
    }
    QStringList arguments =
        PosProcess::demoArguments(server.url(), dir.filePath(QStringLiteral("counter.sqlite"))) +
        parser.values(QStringLiteral("pos-argument"));
    if (parser.isSet(QStringLiteral("camera-frame"))) {
        const QString frame = dir.filePath(QStringLiteral("camera-frame.png"));
        const QImage picture = QrPictures::noisyFrame(
            QSize(1280, 720), 7, QrPictures::code(QrPictures::identityToken(), 4), QPoint(500, 200));
        if (!picture.save(frame)) {
            return fail(QStringLiteral("cannot write %1").arg(frame));
        }
        arguments << QStringLiteral("--camera-image") << frame;
    }

    QTextStream out(stdout);
    QList<qint64> times;
    std::optional<qint64> resident;
    for (int run = 0; run <= runs; ++run) {
        PosProcess pos;
        const auto elapsed = pos.startToCounter(arguments);
        if (!elapsed) {
            return fail(pos.problem());
        }
        if (run == 0) {
            out << "first start (enrols the counter): " << *elapsed << " ms\n";
        } else {
            times.append(*elapsed);
        }
        if (run == runs) {
            QThread::sleep(static_cast<unsigned long>(idleSeconds));
            resident = pos.residentKb();
        }
    }
    if (!times.isEmpty()) {
        std::sort(times.begin(), times.end());
        out << "start to counter over " << times.size() << " runs: min " << times.constFirst()
            << " ms, median " << times.at(times.size() / 2) << " ms, max " << times.constLast() << " ms\n";
    }
    if (resident) {
        out << "resident memory after " << idleSeconds << " s idle at the counter: " << (*resident / 1024)
            << " MiB (" << *resident << " kB)\n";
    }
    return 0;
}
