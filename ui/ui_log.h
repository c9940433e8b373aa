#pragma once

#include <QLoggingCategory>

namespace baartal::ui {

// "baartal.ui": the POS screens.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace baartal::ui
