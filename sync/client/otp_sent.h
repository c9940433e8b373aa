#pragma once

#include "core/result/result.h"

#include <QJsonObject>
#include <QString>

#include <chrono>

namespace baartal::sync {

// The server's answer to POST /api/v1/auth/send-otp: the code went out by SMS.
struct OtpSent {
    QString phone;                    // the number as the server normalised it (+91…)
    std::chrono::seconds expiresIn;   // how long the code stays valid
    std::chrono::seconds resendAfter; // how long before another code may be asked for

    static core::Result<OtpSent> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
