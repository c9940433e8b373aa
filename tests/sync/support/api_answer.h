#pragma once

#include "sync/client/api_client.h"

#include <QObject>

#include <optional>

namespace baartal::testsupport {

// Catches the answer of one typed ApiClient call. It is the call's context too, so an answer that
// arrives after a test gave up waiting is dropped instead of written into a variable that is gone.
//     ApiAnswer<AuthSession> session;
//     client.login(login, password, &session, session.handler());
//     QTRY_VERIFY(session.arrived());
template <typename T>
class ApiAnswer : public QObject {
public:
    sync::ApiHandler<T> handler()
    {
        return [this](const core::Result<T>& result) {
            m_result = result;
        };
    }
    bool arrived() const { return m_result.has_value(); }
    const core::Result<T>& operator*() const { return *m_result; }
    const core::Result<T>* operator->() const { return &*m_result; }

private:
    std::optional<core::Result<T>> m_result;
};

} // namespace baartal::testsupport
