#include "sync/client/api_call.h"

namespace baartal::sync {

ApiCall::ApiCall(Verb verb, QString path, QJsonObject body, bool authenticated, QObject* parent)
    : QObject(parent)
    , m_verb(verb)
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_authenticated(authenticated)
{
}

void ApiCall::complete(const core::Result<QJsonObject>& data)
{
    if (m_completed) {
        return;
    }
    m_completed = true;
    Q_EMIT finished(data);
    deleteLater();
}

} // namespace baartal::sync
