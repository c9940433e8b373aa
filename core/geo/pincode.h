#pragma once

#include "core/result/result.h"

#include <QString>

namespace baartal::core {

// An Indian postal PIN code: six digits, the first not zero. Its first three digits name the postal
// sorting district (400 is Mumbai), and within a district neighbouring areas mostly have close numbers,
// which is what "nearby pincode" means when no map position is known.
class Pincode {
public:
    Pincode() = delete;

    // Invalid "invalid_pincode" unless the text is a valid code.
    static Status check(const QString& text);
    // The first three digits of a valid code.
    static QString sortingDistrict(const QString& pincode);
};

} // namespace baartal::core
