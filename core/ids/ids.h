#pragma once

#include <QString>

namespace baartal::core {

// UUID text ids, lower-case without braces, as every table and the API use them.
class Ids {
public:
    static QString newId();
    static bool isValid(const QString& text);
};

} // namespace baartal::core
