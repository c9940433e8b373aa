#pragma once

#include "core/result/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrlQuery>

namespace baartal::sync {

class ApiClient;

// One request to the API, answered exactly once through finished(): the envelope's "data" object, or
// the failure as a core::Error (the server's {code, message}, or "network_unreachable" / "timeout").
// The call deletes itself after finishing; connect before returning to the event loop.
class ApiCall final : public QObject {
    Q_OBJECT

public:
    Q_DISABLE_COPY_MOVE(ApiCall)
    ~ApiCall() override = default;

    enum class Verb { Get, Post, Patch };

    Verb verb() const { return m_verb; }
    const QString& path() const { return m_path; }
    const QUrlQuery& query() const { return m_query; }

Q_SIGNALS:
    void finished(const baartal::core::Result<QJsonObject>& data);

private:
    // Only ApiClient creates, sends and resends calls.
    friend class ApiClient;

    ApiCall(Verb verb, QString path, QJsonObject body, bool authenticated, QObject* parent);
    void complete(const core::Result<QJsonObject>& data);

    Verb m_verb;
    QString m_path;
    QJsonObject m_body;
    QUrlQuery m_query;
    bool m_authenticated;
    // A call is resent at most once after renewing an expired access token, so a server that keeps
    // refusing fresh tokens cannot loop.
    bool m_resent = false;
    bool m_completed = false;
};

} // namespace baartal::sync
