#pragma once

#include "core/result/result.h"
#include "sync/client/admin_approval.h"
#include "sync/client/admin_bundle.h"
#include "sync/client/admin_customer.h"
#include "sync/client/admin_merchant.h"
#include "sync/client/api_call.h"
#include "sync/client/auth_session.h"
#include "sync/client/device_registration.h"
#include "sync/client/merchant_analytics.h"
#include "sync/client/history_page.h"
#include "sync/client/history_query.h"
#include "sync/client/ledger_check.h"
#include "sync/client/merchant_profile.h"
#include "sync/client/online_sale.h"
#include "sync/client/pending_checkin.h"
#include "sync/client/pending_spend_request.h"
#include "sync/client/otp_sent.h"
#include "sync/client/reference_data.h"
#include "sync/client/wallet_adjustment.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace baartal::core {
class Ed25519PublicKey;
}

namespace baartal::sync {

// Receives a typed answer of ApiClient; runs on the client's thread.
template <typename T>
using ApiHandler = std::function<void(const core::Result<T>&)>;

// The counter's client of the central server's REST API (base /api/v1). Every call is asynchronous over
// one QNetworkAccessManager, so nothing here ever blocks the GUI thread. Failures arrive as core::Error:
// the server's envelope {code, message} with the ErrorKind of its HTTP status, "network_unreachable"
// when no answer came, "timeout" when the server stayed silent for timeout(), and "invalid_response"
// when an answer broke the contract.
//
// With a session set, calls carry its access token; when the server says "token_expired" the client
// trades the refresh token for a new session once (however many calls were waiting) and resends them,
// so a cashier is not signed out every time the short-lived access token lapses.
class ApiClient final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};

    explicit ApiClient(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApiClient)
    ~ApiClient() override;

    // The server's root, e.g. http://127.0.0.1:8080 or https://example.in/baartal.
    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }

    void setSession(const AuthSession& session);
    void clearSession();
    bool hasSession() const { return !m_accessToken.isEmpty(); }

    // No answer came from the server ("network_unreachable", "timeout", a gateway's 502-504), as
    // opposed to an answer that refuses: what was asked may work once the server is back.
    static bool isOutage(const core::Error& error) { return error.kind == core::ErrorKind::Unavailable; }

    // How long a request may go without receiving a byte before it fails with "timeout".
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Authenticated envelope calls; path is relative to /api/v1 ("merchants/me") and may end in an
    // encoded query ("merchant/analytics?granularity=week").
    // encoded query ("merchant/transactions?page=2").
    ApiCall* get(const QString& path);
    ApiCall* get(const QString& path, const QUrlQuery& query);
    ApiCall* post(const QString& path, const QJsonObject& body);
    ApiCall* patch(const QString& path, const QJsonObject& body);

    // Typed calls. `done` runs once, unless `context` is destroyed first, in which case it never runs.
    // login() sends no token and leaves the session alone: the caller decides whether to keep it.
    void login(const QString& emailOrPhone, const QString& password, QObject* context,
               ApiHandler<AuthSession> done);
    void merchantProfile(QObject* context, ApiHandler<MerchantProfile> done);
    // Enrols this counter: registers its Ed25519 public key under name for the signed-in merchant's shop.
    void registerDevice(const QString& name, const core::Ed25519PublicKey& publicKey, QObject* context,
                        ApiHandler<DeviceRegistration> done);
    // GET /api/v1/sync/reference: what the counter caches to trade offline.
    void syncReference(QObject* context, ApiHandler<ReferenceData> done);
    // GET /api/v1/merchant/checkins: customers checked in at the shop and waiting, newest first.
    void merchantCheckins(QObject* context, ApiHandler<QList<PendingCheckin>> done);
    // GET /api/v1/merchant/spend-requests: customers' requests to spend coins here, newest first.
    void merchantSpendRequests(QObject* context, ApiHandler<QList<PendingSpendRequest>> done);
    // POST /api/v1/merchant/spend-requests/{id}/confirm: redeems the request's coins on `bill` now.
    // `clientTxnId` makes a retry after a lost answer return the same sale (OnlineSale::duplicate).
    void confirmSpendRequest(const QString& id, core::Paise bill, const QString& clientTxnId,
                             QObject* context, ApiHandler<OnlineSale> done);
    // POST /api/v1/merchant/spend-requests/{id}/decline; answers the request's new status ("declined").
    void declineSpendRequest(const QString& id, QObject* context, ApiHandler<QString> done);
    // POST /api/v1/auth/refresh: trades a remembered refresh token for a new session (the token rotates).
    // Like login(), sends no access token and leaves the client's session alone.
    void refresh(const QString& refreshToken, QObject* context, ApiHandler<AuthSession> done);
    // POST /api/v1/auth/send-otp: an SMS code for an Indian mobile number.
    void sendOtp(const QString& phone, QObject* context, ApiHandler<OtpSent> done);
    // POST /api/v1/auth/verify-otp: signs in with the phone's SMS code; leaves the session alone.
    void verifyOtp(const QString& phone, const QString& otp, QObject* context, ApiHandler<AuthSession> done);
    // POST /api/v1/auth/logout: revokes the current session's refresh token on the server.
    void logout(QObject* context, ApiHandler<bool> done);
    // GET /api/v1/merchant/analytics: the signed-in owner's shop figures over the range.
    void merchantAnalytics(const AnalyticsRange& range, QObject* context, ApiHandler<MerchantAnalytics> done);
    // GET /api/v1/merchant/transactions: one page of the signed-in shop's history.
    void merchantTransactions(const HistoryQuery& query, QObject* context, ApiHandler<HistoryPage> done);

    // The admin console (admin sessions only; docs/operations.md has the routes).
    // Approvals, every one or those of one status ("pending", "approved", "rejected"; empty for all).
    void adminApprovals(const QString& status, QObject* context, ApiHandler<QList<AdminApproval>> done);
    void decideApproval(const QString& approvalId, bool approve, const QString& notes, QObject* context,
                        ApiHandler<AdminApproval> done);
    void adminMerchants(const AdminMerchantQuery& query, QObject* context,
                        ApiHandler<AdminMerchantPage> done);
    void adminBundles(int page, int limit, QObject* context, ApiHandler<AdminBundlePage> done);
    void createBundle(const QString& pincode, const QString& name, QObject* context,
                      ApiHandler<AdminBundle> done);
    // Renames the bundle and sets it active or inactive; an empty name leaves the name as it is.
    void updateBundle(const QString& bundleId, const QString& name, bool active, QObject* context,
                      ApiHandler<AdminBundle> done);
    void findCustomer(const QString& phone, QObject* context, ApiHandler<AdminCustomer> done);
    // A wrong password comes back as Forbidden "reauthentication_failed"; the session stays.
    void adjustWallet(const WalletAdjustmentRequest& request, QObject* context,
                      ApiHandler<WalletAdjustment> done);
    void checkLedger(QObject* context, ApiHandler<LedgerCheck> done);

Q_SIGNALS:
    // The refresh token was traded for a new session (a remembered sign-in keeps the rotated token).
    void sessionRenewed(const baartal::sync::AuthSession& session);
    // The server refused to renew the session: the user has to sign in again.
    void sessionExpired(const baartal::core::Error& error);

private:
    ApiCall* send(ApiCall::Verb verb, const QString& path, const QJsonObject& body, bool authenticated,
                  const QUrlQuery& query = {});
    void dispatch(ApiCall* call);
    void onAnswer(ApiCall* call, const core::Result<QJsonObject>& answer);
    void renewSession();
    void onRenewed(const core::Result<QJsonObject>& answer);
    core::Result<QJsonObject> interpret(QNetworkReply* reply) const;
    core::Error transportError(QNetworkReply* reply) const;
    QUrl urlFor(const QString& path, const QUrlQuery& query) const;

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_refreshToken;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    bool m_renewing = false;
    QList<QPointer<ApiCall>> m_awaitingRenewal;
};

} // namespace baartal::sync
