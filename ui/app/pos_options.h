#pragma once

#include "core/result/result.h"
#include "ui/settings/pos_settings.h"

#include <QString>
#include <QStringList>

namespace baartal::ui {

// What baartal-pos was started with. Everything is optional: without arguments the login window opens
// empty and the counter store sits in the user's data folder.
struct PosOptions {
    QString server;       // --server URL
    QString login;        // --login EMAIL_OR_PHONE
    QString password;     // --password TEXT: signs in at once (meant for the demo; prefer typing it)
    QString database;     // --database PATH of the counter store
    QString language;     // --language en|hi|mr; the system's language when empty
    QString settingsFile; // --settings PATH of the saved settings; the user's own when empty
    QString cameraImage;  // --camera-image PATH: shown as the webcam (demos, benchmarks, no camera)

    // The saved settings with what was given on the command line in their place, for this run only.
    PosSettings applyTo(PosSettings saved) const;

    // "invalid_arguments" with the parser's message for unknown options or a bad language.
    static core::Result<PosOptions> parse(const QStringList& arguments);
};

} // namespace baartal::ui
