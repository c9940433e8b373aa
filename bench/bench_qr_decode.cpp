// Counter scanning: how long QrFrameReader (what QrFrameDecoder runs on its worker thread) takes to
// decode one 1280×720 webcam frame, for frames with a customer's token as the counter sees it (small,
// tilted, blurred and dim) and for frames with no code at all (the common case between customers);
// then how long the whole pipeline, fed at 30 frames a second by ImageFrameSource, takes from the
// first frame to codeRead.
//
//   bench_qr_decode [--frames N] [--starts N]

#include "tests/ui/scan/qr_pictures.h"
#include "ui/scan/image_frame_source.h"
#include "ui/scan/qr_frame_decoder.h"
#include "ui/scan/qr_frame_reader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace baartal;
using testsupport::QrPictures;

namespace {

const QSize k720p(1280, 720);

struct Variant {
    QString name;
    QString expected;
    std::function<QString(int)> decode; // frame number -> text read
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames decoded per variant."),
                      QStringLiteral("n"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("starts"), QStringLiteral("Pipeline runs from first frame to read."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const int frames = std::max(1, parser.value(QStringLiteral("frames")).toInt());
    const int starts = std::max(1, parser.value(QStringLiteral("starts")).toInt());
    QTextStream out(stdout);

    const QString identity = QrPictures::identityToken();
    const QString spend = QrPictures::spendToken();
    // Four noise seeds per variant, so the binarizer does not meet one frame three hundred times.
    const auto frameSet = [](const QImage& code, QPoint at) {
        QList<QImage> set;
        for (quint32 seed = 1; seed <= 4; ++seed) {
            set.append(QrPictures::noisyFrame(k720p, seed, code, at));
        }
        return set;
    };
    const auto imageVariant = [&](const QString& name, const QString& expected, const QList<QImage>& set) {
        return Variant{name, expected, [set](int i) {
                           return ui::QrFrameReader::read(set.at(i % set.size()));
                       }};
    };
    const QList<QImage> plain = frameSet(QrPictures::code(identity, 5), QPoint(420, 120));
    QList<QVideoFrame> nv12;
    for (const QImage& image : plain) {
        nv12.append(QrPictures::videoFrame(image, QVideoFrameFormat::Format_NV12));
    }
    const QList<Variant> variants{
        imageVariant(QStringLiteral("identity token, 5 px modules, grey frame"), identity, plain),
        Variant{QStringLiteral("identity token, 5 px modules, NV12 camera frame"), identity,
                [nv12](int i) {
                    return ui::QrFrameReader::read(nv12.at(i % nv12.size()));
                }},
        imageVariant(QStringLiteral("spend token, 3 px modules (small)"), spend,
                     frameSet(QrPictures::code(spend, 3), QPoint(800, 400))),
        imageVariant(QStringLiteral("identity token, turned 30°"), identity,
                     frameSet(QrPictures::rotated(QrPictures::code(identity, 4), 30, 235), QPoint(300, 100))),
        imageVariant(
            QStringLiteral("identity token, blurred, grey 100 on 160"), identity,
            frameSet(QrPictures::blurred(QrPictures::code(identity, 6, 100, 160), 1), QPoint(380, 80))),
        imageVariant(QStringLiteral("no code (noise)"), QString(), frameSet(QImage(), QPoint())),
    };

    out << "QrFrameReader::read, 1280x720, " << frames << " frames each (ms per frame)\n";
    out << qSetFieldWidth(50) << Qt::left << "variant" << qSetFieldWidth(9) << Qt::right << "median"
        << "p95"
        << "max" << qSetFieldWidth(0) << "  read\n";
    bool allRead = true;
    for (const Variant& variant : variants) {
        QList<double> ms;
        int read = 0;
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QString text = variant.decode(i);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            read += text == variant.expected ? 1 : 0;
        }
        allRead = allRead && read == frames;
        out << qSetFieldWidth(50) << Qt::left << variant.name << qSetFieldWidth(9) << Qt::right << Qt::fixed
            << qSetRealNumberPrecision(1) << percentile(ms, 0.5) << percentile(ms, 0.95)
            << percentile(ms, 1.0) << qSetFieldWidth(0) << "  " << read << '/' << frames << '\n';
        out.flush();
    }

    // The pipeline as the counter runs it: 30 frames a second, decodes at least 100 ms apart.
    QList<double> firstRead;
    for (int run = 0; run < starts; ++run) {
        ui::QrFrameDecoder decoder;
        ui::ImageFrameSource source;
        QObject::connect(&source, &ui::ImageFrameSource::frameReady, &decoder,
                         &ui::QrFrameDecoder::submitImage);
        source.setImage(plain.at(run % plain.size()));
        QEventLoop loop;
        QObject::connect(&decoder, &ui::QrFrameDecoder::codeRead, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        source.start();
        loop.exec();
        firstRead.append(double(timer.elapsed()));
    }
    out << "pipeline at 30 fps, source start to codeRead, " << starts << " runs: median "
        << percentile(firstRead, 0.5) << " ms, p95 " << percentile(firstRead, 0.95) << " ms\n";
    return allRead ? 0 : 1;
}
