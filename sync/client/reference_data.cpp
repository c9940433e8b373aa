#include "sync/client/reference_data.h"

#include "core/crypto/base64_url.h"
#include "sync/client/response_fields.h"

#include <algorithm>

namespace baartal::sync {

namespace {

core::Result<core::Ed25519PublicKey> serverKey(const QJsonObject& object)
{
    auto text = ResponseFields::requireString(object, QStringLiteral("public_key"));
    if (!text) {
        return text.error();
    }
    const std::optional<QByteArray> bytes = core::Base64Url::decode(text->toLatin1());
    if (!bytes || object.value(QStringLiteral("alg")).toString() != QLatin1String("Ed25519")) {
        return ResponseFields::invalid(QStringLiteral("server_keys"));
    }
    auto key = core::Ed25519PublicKey::fromBytes(*bytes);
    if (!key) {
        return ResponseFields::invalid(QStringLiteral("server_keys"));
    }
    return *key;
}

core::Result<RevokedDevice> revokedDevice(const QJsonObject& object)
{
    auto id = ResponseFields::requireString(object, QStringLiteral("id"));
    auto revokedAt = ResponseFields::optionalTime(object, QStringLiteral("revoked_at"));
    if (!id) {
        return id.error();
    }
    if (!revokedAt) {
        return revokedAt.error();
    }
    return RevokedDevice{*id, object.value(QStringLiteral("name")).toString(), *revokedAt};
}

core::Result<RefusedSpendToken> refusedSpendToken(const QJsonObject& object)
{
    auto nonce = ResponseFields::requireString(object, QStringLiteral("nonce"));
    auto customer = ResponseFields::requireString(object, QStringLiteral("customer_id"));
    auto state = ResponseFields::requireString(object, QStringLiteral("state"));
    auto expiresAt = ResponseFields::optionalTime(object, QStringLiteral("expires_at"));
    if (!nonce) {
        return nonce.error();
    }
    if (!customer) {
        return customer.error();
    }
    if (!state) {
        return state.error();
    }
    if (!expiresAt) {
        return expiresAt.error();
    }
    return RefusedSpendToken{*nonce, *customer, *state, *expiresAt};
}

core::Result<ReferenceCustomer> recentCustomer(const QJsonObject& object)
{
    auto id = ResponseFields::requireString(object, QStringLiteral("customer_id"));
    auto balance = ResponseFields::requireInteger(object, QStringLiteral("balance"));
    auto lastVisit = ResponseFields::optionalTime(object, QStringLiteral("last_visit_at"));
    if (!id) {
        return id.error();
    }
    if (!balance) {
        return balance.error();
    }
    if (!lastVisit) {
        return lastVisit.error();
    }
    return ReferenceCustomer{*id, object.value(QStringLiteral("name_masked")).toString(),
                             core::Coins(*balance), *lastVisit};
}

} // namespace

core::Result<ReferenceData> ReferenceData::fromJson(const QJsonObject& data)
{
    auto generatedAt = ResponseFields::requireTime(data, QStringLiteral("generated_at"));
    if (!generatedAt) {
        return generatedAt.error();
    }
    auto merchantObject = ResponseFields::requireObject(data, QStringLiteral("merchant"));
    if (!merchantObject) {
        return merchantObject.error();
    }
    auto merchant = MerchantProfile::fromReferenceJson(*merchantObject);
    if (!merchant) {
        return merchant.error();
    }
    auto status = ResponseFields::requireString(*merchantObject, QStringLiteral("status"));
    if (!status) {
        return status.error();
    }
    auto keys =
        ResponseFields::requireList<core::Ed25519PublicKey>(data, QStringLiteral("server_keys"), &serverKey);
    if (!keys) {
        return keys.error();
    }
    auto devices =
        ResponseFields::requireList<RevokedDevice>(data, QStringLiteral("revoked_devices"), &revokedDevice);
    if (!devices) {
        return devices.error();
    }
    auto tokens = ResponseFields::requireList<RefusedSpendToken>(data, QStringLiteral("revoked_spend_tokens"),
                                                                 &refusedSpendToken);
    if (!tokens) {
        return tokens.error();
    }
    auto customers = ResponseFields::requireList<ReferenceCustomer>(data, QStringLiteral("recent_customers"),
                                                                    &recentCustomer);
    if (!customers) {
        return customers.error();
    }
    ReferenceData reference;
    reference.generatedAt = *generatedAt;
    reference.merchant = *merchant;
    reference.merchantStatus = *status;
    reference.serverKeys = *keys;
    reference.revokedDevices = *devices;
    reference.refusedSpendTokens = *tokens;
    reference.recentCustomers = *customers;
    return reference;
}

bool ReferenceData::isSpendTokenRefused(const QString& nonce) const
{
    return std::any_of(refusedSpendTokens.cbegin(), refusedSpendTokens.cend(),
                       [&nonce](const RefusedSpendToken& token) { return token.nonce == nonce; });
}

std::optional<ReferenceCustomer> ReferenceData::customer(const QString& customerId) const
{
    const auto found =
        std::find_if(recentCustomers.cbegin(), recentCustomers.cend(),
                     [&customerId](const ReferenceCustomer& c) { return c.customerId == customerId; });
    if (found == recentCustomers.cend()) {
        return std::nullopt;
    }
    return *found;
}

} // namespace baartal::sync
