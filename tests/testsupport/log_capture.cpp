#include "tests/testsupport/log_capture.h"

namespace baartal::testsupport {

namespace {

LogCapture* g_active = nullptr;

} // namespace

LogCapture::LogCapture(QString category)
    : m_category(std::move(category))
{
    Q_ASSERT(g_active == nullptr);
    g_active = this;
    m_previous = qInstallMessageHandler(&LogCapture::handle);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    g_active = nullptr;
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (g_active == nullptr) {
        return;
    }
    if (context.category != nullptr && g_active->m_category == QLatin1String(context.category)) {
        g_active->m_messages.append({type, text});
    }
    if (g_active->m_previous != nullptr) {
        g_active->m_previous(type, context, text);
    }
}

} // namespace baartal::testsupport
