#pragma once

namespace baartal::core {

// libsodium must be initialised once before any of its functions is used; every crypto class calls this
// first, so callers never have to remember it.
class Sodium {
public:
    Sodium() = delete;

    // Safe to call from any thread, any number of times. Aborts if libsodium cannot initialise (no
    // usable random source): no secret, token or password hash may be produced without one.
    static void ensureInitialised();
};

} // namespace baartal::core
