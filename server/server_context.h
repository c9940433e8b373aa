#pragma once

#include "server/server_config.h"

namespace baartal::core {
class AccountService;
class Clock;
class Database;
class LedgerService;
class TokenSigner;
class TokenVerifier;
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
    // Customer QR and spend tokens: signed with the current key, verified with every configured one.
    const core::TokenSigner& tokenSigner;
    const core::TokenVerifier& tokenVerifier;
};

} // namespace baartal::server
