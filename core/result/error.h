#pragma once

#include <QString>

namespace baartal::core {

// What kind of failure this is; the server maps each kind to exactly one HTTP status.
enum class ErrorKind {
    Invalid,         // malformed or out-of-range input (400)
    Unauthenticated, // missing or bad credentials (401)
    Forbidden,       // authenticated but not allowed (403)
    NotFound,        // unknown id (404)
    Conflict,        // clashes with existing state (409)
    Unprocessable,   // well-formed but breaks a business rule (422)
    RateLimited,     // too many attempts (429)
    Unavailable,     // a dependency is down (503)
    Internal,        // a bug or storage failure (500)
};

// An error a caller must handle: a stable machine code ("category_taken") and a human message.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString code;
    QString message;

    static Error invalid(const QString& code, const QString& message)
    {
        return {ErrorKind::Invalid, code, message};
    }
    static Error notFound(const QString& code, const QString& message)
    {
        return {ErrorKind::NotFound, code, message};
    }
    static Error conflict(const QString& code, const QString& message)
    {
        return {ErrorKind::Conflict, code, message};
    }
    static Error unprocessable(const QString& code, const QString& message)
    {
        return {ErrorKind::Unprocessable, code, message};
    }
    static Error unauthenticated(const QString& code, const QString& message)
    {
        return {ErrorKind::Unauthenticated, code, message};
    }
    static Error forbidden(const QString& code, const QString& message)
    {
        return {ErrorKind::Forbidden, code, message};
    }
    static Error internal(const QString& code, const QString& message)
    {
        return {ErrorKind::Internal, code, message};
    }

    friend bool operator==(const Error&, const Error&) = default;
};

} // namespace baartal::core
