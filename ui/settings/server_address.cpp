#include "ui/settings/server_address.h"

namespace baartal::ui {

core::Result<QUrl> ServerAddress::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url = QUrl::fromUserInput(trimmed);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (trimmed.isEmpty() || !url.isValid() || !web || url.host().isEmpty()) {
        return core::Error::invalid(QStringLiteral("invalid_server"),
                                    tr("Enter the server address as http:// or https:// and a host, for "
                                       "example http://127.0.0.1:8080."));
    }
    return url;
}

} // namespace baartal::ui
