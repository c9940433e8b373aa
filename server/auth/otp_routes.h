#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/auth/send-otp and /verify-otp: phone login by a code sent by SMS.
class OtpRoutes {
public:
    OtpRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
