#include "sync/client/api_client.h"

#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_public_key.h"
#include "sync/client/client_log.h"
#include "sync/client/response_fields.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace baartal::sync {

namespace {

const QString kApiPrefix = QStringLiteral("/api/v1/");
const QString kTokenExpired = QStringLiteral("token_expired");

// The inverse of the server's one mapping from ErrorKind to HTTP status.
core::ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return core::ErrorKind::Invalid;
    case 401:
        return core::ErrorKind::Unauthenticated;
    case 403:
        return core::ErrorKind::Forbidden;
    case 404:
        return core::ErrorKind::NotFound;
    case 409:
        return core::ErrorKind::Conflict;
    case 422:
        return core::ErrorKind::Unprocessable;
    case 429:
        return core::ErrorKind::RateLimited;
    case 502:
    case 503:
    case 504:
        return core::ErrorKind::Unavailable;
    default:
        return status >= 400 && status < 500 ? core::ErrorKind::Invalid : core::ErrorKind::Internal;
    }
}

const char* verbName(ApiCall::Verb verb)
{
    switch (verb) {
    case ApiCall::Verb::Get:
        return "GET";
    case ApiCall::Verb::Post:
        return "POST";
    case ApiCall::Verb::Patch:
        return "PATCH";
    }
    return "?";
}

// Runs `done` with the typed value `parse` makes of a successful answer, or with the call's error.
template <typename T, typename Parse>
void deliver(ApiCall* call, QObject* context, ApiHandler<T> done, Parse parse)
{
    QObject::connect(
        call, &ApiCall::finished, context,
        [done = std::move(done), parse = std::move(parse)](const core::Result<QJsonObject>& data) {
            if (!data) {
                done(data.error());
                return;
            }
            done(parse(*data));
        });
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void ApiClient::setSession(const AuthSession& session)
{
    m_accessToken = session.accessToken;
    m_refreshToken = session.refreshToken;
}

void ApiClient::clearSession()
{
    m_accessToken.clear();
    m_refreshToken.clear();
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QUrl ApiClient::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + kApiPrefix + path);
    url.setQuery(query);
    return url;
}

ApiCall* ApiClient::get(const QString& path)
{
    return send(ApiCall::Verb::Get, path, {}, true);
}

ApiCall* ApiClient::get(const QString& path, const QUrlQuery& query)
{
    return send(ApiCall::Verb::Get, path, {}, true, query);
}

ApiCall* ApiClient::post(const QString& path, const QJsonObject& body)
{
    return send(ApiCall::Verb::Post, path, body, true);
}

ApiCall* ApiClient::patch(const QString& path, const QJsonObject& body)
{
    return send(ApiCall::Verb::Patch, path, body, true);
}

ApiCall* ApiClient::send(ApiCall::Verb verb, const QString& path, const QJsonObject& body, bool authenticated,
                         const QUrlQuery& query)
{
    auto* call = new ApiCall(verb, path, body, authenticated, this);
    call->m_query = query;
    dispatch(call);
    return call;
}

void ApiClient::dispatch(ApiCall* call)
{
    QNetworkRequest request(urlFor(call->m_path, call->m_query));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (call->m_authenticated && !m_accessToken.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_accessToken.toUtf8());
    }
    QNetworkReply* reply = nullptr;
    const QByteArray body = QJsonDocument(call->m_body).toJson(QJsonDocument::Compact);
    if (call->m_verb != ApiCall::Verb::Get) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    switch (call->m_verb) {
    case ApiCall::Verb::Get:
        reply = m_network->get(request);
        break;
    case ApiCall::Verb::Post:
        reply = m_network->post(request, body);
        break;
    case ApiCall::Verb::Patch:
        reply = m_network->sendCustomRequest(request, QByteArrayLiteral("PATCH"), body);
        break;
    }
    qCDebug(lcClient) << verbName(call->m_verb) << request.url().toDisplayString();
    // The call is the context: if it is gone, so is everyone waiting for it.
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] {
        reply->deleteLater();
        onAnswer(call, interpret(reply));
    });
}

void ApiClient::onAnswer(ApiCall* call, const core::Result<QJsonObject>& answer)
{
    const bool expired = !answer && answer.error().code == kTokenExpired;
    if (expired && call->m_authenticated && !call->m_resent && !m_refreshToken.isEmpty()) {
        call->m_resent = true;
        m_awaitingRenewal.append(call);
        if (!m_renewing) {
            renewSession();
        }
        return;
    }
    if (!answer) {
        qCInfo(lcClient).noquote() << call->m_path << "failed:" << answer.error().code
                                   << answer.error().message;
    }
    call->complete(answer);
}

void ApiClient::renewSession()
{
    m_renewing = true;
    qCInfo(lcClient) << "access token expired; renewing the session";
    ApiCall* renewal = send(ApiCall::Verb::Post, QStringLiteral("auth/refresh"),
                            QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}}, false);
    connect(renewal, &ApiCall::finished, this, &ApiClient::onRenewed);
}

void ApiClient::onRenewed(const core::Result<QJsonObject>& answer)
{
    m_renewing = false;
    const QList<QPointer<ApiCall>> waiting = std::exchange(m_awaitingRenewal, {});
    const core::Result<AuthSession> session =
        answer ? AuthSession::fromJson(*answer) : core::Result<AuthSession>(answer.error());
    if (!session) {
        // A refused refresh token ends the session; a network failure only postpones the renewal.
        if (session.error().kind == core::ErrorKind::Unauthenticated) {
            clearSession();
            Q_EMIT sessionExpired(session.error());
        }
        for (const QPointer<ApiCall>& call : waiting) {
            if (call) {
                call->complete(session.error());
            }
        }
        return;
    }
    setSession(*session);
    Q_EMIT sessionRenewed(*session);
    for (const QPointer<ApiCall>& call : waiting) {
        if (call) {
            dispatch(call);
        }
    }
}

core::Error ApiClient::transportError(QNetworkReply* reply) const
{
    const QString server = m_baseUrl.toDisplayString();
    // Without an explicit abort, a cancelled reply is the transfer timeout firing.
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        return {core::ErrorKind::Unavailable, QStringLiteral("timeout"),
                tr("The server at %1 did not answer within %n second(s).", nullptr,
                   static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_timeout).count()))
                    .arg(server)};
    }
    return {core::ErrorKind::Unavailable, QStringLiteral("network_unreachable"),
            tr("Cannot reach the server at %1: %2").arg(server, reply->errorString())};
}

core::Result<QJsonObject> ApiClient::interpret(QNetworkReply* reply) const
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        return transportError(reply);
    }
    const int status = statusAttribute.toInt();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject envelope = document.object();

    if (status >= 200 && status < 300) {
        const QJsonValue data = envelope.value(QStringLiteral("data"));
        if (parseError.error != QJsonParseError::NoError ||
            !envelope.value(QStringLiteral("success")).toBool() || !data.isObject()) {
            return ResponseFields::invalid(QStringLiteral("data"));
        }
        return data.toObject();
    }

    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (code.isEmpty()) {
        // Not our server's envelope: a proxy's error page, for instance.
        return core::Error{kindForStatus(status), QStringLiteral("http_%1").arg(status),
                           tr("The server answered with HTTP status %1.").arg(status)};
    }
    return core::Error{kindForStatus(status), code, message.isEmpty() ? code : message};
}

void ApiClient::login(const QString& emailOrPhone, const QString& password, QObject* context,
                      ApiHandler<AuthSession> done)
{
    ApiCall* call = send(
        ApiCall::Verb::Post, QStringLiteral("auth/login"),
        QJsonObject{{QStringLiteral("email_or_phone"), emailOrPhone}, {QStringLiteral("password"), password}},
        false);
    deliver(call, context, std::move(done), &AuthSession::fromJson);
}

void ApiClient::merchantProfile(QObject* context, ApiHandler<MerchantProfile> done)
{
    deliver(get(QStringLiteral("merchants/me")), context, std::move(done), &MerchantProfile::fromJson);
}

void ApiClient::registerDevice(const QString& name, const core::Ed25519PublicKey& publicKey, QObject* context,
                               ApiHandler<DeviceRegistration> done)
{
    const QJsonObject body{
        {QStringLiteral("name"), name},
        {QStringLiteral("public_key"), QString::fromLatin1(core::Base64Url::encode(publicKey.bytes()))}};
    deliver(post(QStringLiteral("devices"), body), context, std::move(done), &DeviceRegistration::fromJson);
}

void ApiClient::syncReference(QObject* context, ApiHandler<ReferenceData> done)
{
    deliver(get(QStringLiteral("sync/reference")), context, std::move(done), &ReferenceData::fromJson);
}

void ApiClient::merchantCheckins(QObject* context, ApiHandler<QList<PendingCheckin>> done)
{
    deliver(get(QStringLiteral("merchant/checkins")), context, std::move(done),
            &PendingCheckin::listFromJson);
}

void ApiClient::merchantSpendRequests(QObject* context, ApiHandler<QList<PendingSpendRequest>> done)
{
    deliver(get(QStringLiteral("merchant/spend-requests")), context, std::move(done),
            &PendingSpendRequest::listFromJson);
}

void ApiClient::confirmSpendRequest(const QString& id, core::Paise bill, const QString& clientTxnId,
                                    QObject* context, ApiHandler<OnlineSale> done)
{
    const QJsonObject body{{QStringLiteral("bill_amount"), bill.toJsonNumber()},
                           {QStringLiteral("client_txn_id"), clientTxnId}};
    deliver(post(QStringLiteral("merchant/spend-requests/%1/confirm").arg(id), body), context,
            std::move(done), &OnlineSale::fromJson);
}

void ApiClient::declineSpendRequest(const QString& id, QObject* context, ApiHandler<QString> done)
{
    deliver(post(QStringLiteral("merchant/spend-requests/%1/decline").arg(id), {}), context, std::move(done),
            [](const QJsonObject& data) -> core::Result<QString> {
                auto request = ResponseFields::requireObject(data, QStringLiteral("spend_request"));
                if (!request) {
                    return request.error();
                }
                return ResponseFields::requireString(*request, QStringLiteral("status"));
            });
}

void ApiClient::refresh(const QString& refreshToken, QObject* context, ApiHandler<AuthSession> done)
{
    ApiCall* call = send(ApiCall::Verb::Post, QStringLiteral("auth/refresh"),
                         QJsonObject{{QStringLiteral("refresh_token"), refreshToken}}, false);
    deliver(call, context, std::move(done), &AuthSession::fromJson);
}

void ApiClient::sendOtp(const QString& phone, QObject* context, ApiHandler<OtpSent> done)
{
    ApiCall* call = send(ApiCall::Verb::Post, QStringLiteral("auth/send-otp"),
                         QJsonObject{{QStringLiteral("phone"), phone}}, false);
    deliver(call, context, std::move(done), &OtpSent::fromJson);
}

void ApiClient::verifyOtp(const QString& phone, const QString& otp, QObject* context,
                          ApiHandler<AuthSession> done)
{
    ApiCall* call = send(ApiCall::Verb::Post, QStringLiteral("auth/verify-otp"),
                         QJsonObject{{QStringLiteral("phone"), phone}, {QStringLiteral("otp"), otp}}, false);
    deliver(call, context, std::move(done), &AuthSession::fromJson);
}

void ApiClient::logout(QObject* context, ApiHandler<bool> done)
{
    deliver(
        post(QStringLiteral("auth/logout"), QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}}),
        context, std::move(done), [](const QJsonObject& data) -> core::Result<bool> {
            return ResponseFields::requireBool(data, QStringLiteral("logged_out"));
        });
}

void ApiClient::merchantAnalytics(const AnalyticsRange& range, QObject* context,
                                  ApiHandler<MerchantAnalytics> done)
{
    deliver(get(QStringLiteral("merchant/analytics"), range.query()), context, std::move(done),
            &MerchantAnalytics::fromJson);
}

void ApiClient::merchantTransactions(const HistoryQuery& query, QObject* context,
                                     ApiHandler<HistoryPage> done)
{
    deliver(get(QStringLiteral("merchant/transactions"), query.toUrlQuery()), context, std::move(done),
            &HistoryPage::fromJson);
}

void ApiClient::adminApprovals(const QString& status, QObject* context, ApiHandler<QList<AdminApproval>> done)
{
    QUrlQuery query;
    if (!status.isEmpty()) {
        query.addQueryItem(QStringLiteral("status"), status);
    }
    deliver(get(QStringLiteral("admin/approvals"), query), context, std::move(done),
            &AdminApproval::listFromJson);
}

void ApiClient::decideApproval(const QString& approvalId, bool approve, const QString& notes,
                               QObject* context, ApiHandler<AdminApproval> done)
{
    const QJsonObject body{
        {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("reject")},
        {QStringLiteral("notes"), notes}};
    deliver(post(QStringLiteral("admin/approvals/") + approvalId, body), context, std::move(done),
            &AdminApproval::fromJson);
}

void ApiClient::adminMerchants(const AdminMerchantQuery& request, QObject* context,
                               ApiHandler<AdminMerchantPage> done)
{
    QUrlQuery query;
    if (!request.state.isEmpty()) {
        query.addQueryItem(QStringLiteral("status"), request.state);
    }
    if (!request.text.trimmed().isEmpty()) {
        // '+' of a phone number stays a plus: QUrlQuery would leave it bare, which a proxy may read as a
        // space.
        query.addQueryItem(QStringLiteral("q"),
                           QString::fromLatin1(QUrl::toPercentEncoding(request.text.trimmed())));
    }
    query.addQueryItem(QStringLiteral("page"), QString::number(request.page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(request.limit));
    deliver(get(QStringLiteral("admin/merchants"), query), context, std::move(done),
            &AdminMerchantPage::fromJson);
}

void ApiClient::adminBundles(int page, int limit, QObject* context, ApiHandler<AdminBundlePage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    deliver(get(QStringLiteral("admin/bundles"), query), context, std::move(done),
            &AdminBundlePage::fromJson);
}

void ApiClient::createBundle(const QString& pincode, const QString& name, QObject* context,
                             ApiHandler<AdminBundle> done)
{
    const QJsonObject body{{QStringLiteral("pincode"), pincode}, {QStringLiteral("name"), name}};
    deliver(post(QStringLiteral("admin/bundles"), body), context, std::move(done), &AdminBundle::fromJson);
}

void ApiClient::updateBundle(const QString& bundleId, const QString& name, bool active, QObject* context,
                             ApiHandler<AdminBundle> done)
{
    QJsonObject body{
        {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("inactive")}};
    if (!name.isEmpty()) {
        body.insert(QStringLiteral("name"), name);
    }
    deliver(patch(QStringLiteral("admin/bundles/") + bundleId, body), context, std::move(done),
            &AdminBundle::fromJson);
}

void ApiClient::findCustomer(const QString& phone, QObject* context, ApiHandler<AdminCustomer> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("phone"),
                       QString::fromLatin1(QUrl::toPercentEncoding(phone.trimmed())));
    deliver(get(QStringLiteral("admin/customers"), query), context, std::move(done),
            &AdminCustomer::fromJson);
}

void ApiClient::adjustWallet(const WalletAdjustmentRequest& request, QObject* context,
                             ApiHandler<WalletAdjustment> done)
{
    deliver(post(QStringLiteral("admin/wallets/%1/adjust").arg(request.customerId), request.toJson()),
            context, std::move(done), &WalletAdjustment::fromJson);
}

void ApiClient::checkLedger(QObject* context, ApiHandler<LedgerCheck> done)
{
    deliver(get(QStringLiteral("admin/ledger/check")), context, std::move(done), &LedgerCheck::fromJson);
}

} // namespace baartal::sync
