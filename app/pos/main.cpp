// baartal-pos: the shop counter's point of sale. Wiring only; the screens live in baartal_ui, and the
// controller loads the saved settings (the command line's options override them for the run) and their
// language.
#include "ui/app/pos_controller.h"
#include "ui/app/pos_options.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Baartal"));
    QApplication::setApplicationName(QStringLiteral("baartal-pos"));
    QApplication::setApplicationDisplayName(QStringLiteral("Baartal"));
    QApplication::setApplicationVersion(QStringLiteral(BAARTAL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/baartal.svg")));

    auto options = baartal::ui::PosOptions::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "baartal-pos: %s\n", qPrintable(options.error().message));
        return 2;
    }
    baartal::ui::PosController controller;
    QObject::connect(&controller, &baartal::ui::PosController::loginAbandoned, &app, &QApplication::quit);
    if (baartal::core::Status started = controller.start(*options); !started) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                              baartal::ui::PosController::startFailureText(started.error()));
        return 1;
    }
    return QApplication::exec();
}
