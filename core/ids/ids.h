#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace baartal::core {

// UUID text ids, lower-case without braces, as every table and the API use them.
class Ids {
public:
    static QString newId();
    static bool isValid(const QString& text);
    // The 16 RFC 4122 bytes of an id in exactly the text form above, else nothing; and back (nothing
    // unless 16 bytes of a non-nil UUID). Binary formats (tokens, sync batches) carry ids this way.
    static std::optional<QByteArray> toBytes(const QString& id);
    static std::optional<QString> fromBytes(const QByteArray& bytes);
};

} // namespace baartal::core
