#pragma once

#include "core/result/result.h"

#include <QString>

namespace baartal::core {

// Indian mobile numbers, the phones OTP login sends codes to: ten digits starting with 6, 7, 8 or 9,
// written in one canonical form, "+919820012345".
class IndianMobile {
public:
    IndianMobile() = delete;

    // "98200 12345", "+91 98200-12345", "09820012345", "0091 9820012345" → "+919820012345"; anything
    // else (a landline, a foreign number, letters) is Invalid "invalid_phone".
    static Result<QString> normalise(const QString& text);

    // "+91******2345": enough to tell numbers apart in a log without writing them down whole.
    static QString masked(const QString& canonical);
};

} // namespace baartal::core
