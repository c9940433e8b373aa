#pragma once

#include <QString>

namespace baartal::core {

// A customer's login as a cashier may see it: enough to tell two customers apart or confirm the one in
// front of them, not enough to contact them. "+919812345345" → "98•••••345" (Indian numbers lose +91),
// "asha@example.in" → "as•••@example.in".
class ContactMask {
public:
    ContactMask() = delete;

    static QString mask(const QString& login);
};

} // namespace baartal::core
