#include "core/crypto/sodium.h"

#include <QtGlobal>

#include <sodium.h>

namespace baartal::core {

void Sodium::ensureInitialised()
{
    // A function-local static is initialised exactly once even under concurrent first calls.
    static const bool initialised = [] {
        if (sodium_init() < 0) {
            qFatal("libsodium could not be initialised");
        }
        return true;
    }();
    Q_UNUSED(initialised);
}

} // namespace baartal::core
