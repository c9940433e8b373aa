#pragma once

#include "core/result/result.h"

#include <QTest>

#include <optional>

namespace baartal::testsupport {

// Runs call(callback) and waits for the callback's answer of type T (a core::Result or core::Status),
// or answers a "test_timeout" error when none came within timeoutMs.
template <typename T, typename Call>
T waitForCallback(Call call, int timeoutMs = 20000)
{
    std::optional<T> answer;
    call([&answer](T result) { answer.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs)) {
        return T(core::Error::internal(QStringLiteral("test_timeout"), QStringLiteral("No answer came")));
    }
    return std::move(*answer);
}

} // namespace baartal::testsupport
