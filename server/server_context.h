#pragma once

#include "server/server_config.h"

namespace baartal::core {
class AccountService;
class Clock;
class Database;
class LedgerService;
} // namespace baartal::core

namespace baartal::server {

class OtpService;
class SessionService;

// What every API area's handlers work with. ServerApp owns all of it and outlives the routes.
struct ServerContext {
    const ServerConfig& config;
    const core::Clock& clock;
    core::Database& database;
    core::AccountService& accounts;
    core::LedgerService& ledger;
    SessionService& sessions;
    OtpService& otp;
};

} // namespace baartal::server
