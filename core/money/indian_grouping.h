#pragma once

#include <QString>

namespace baartal::core {

// Digits of `value` grouped the Indian way: the last three digits, then pairs ("1,23,45,678").
QString groupIndian(quint64 value);

} // namespace baartal::core
