#include "ui/ui_log.h"

namespace baartal::ui {

Q_LOGGING_CATEGORY(lcUi, "baartal.ui")

} // namespace baartal::ui
