#pragma once

#include <QLatin1StringView>

namespace baartal::server {

// The HTTP methods a route can be registered for.
enum class Method { Get, Head, Post, Put, Patch, Delete, Options };

// "GET", "POST", ...: for the Allow header, logs and the OpenAPI document.
QLatin1StringView methodName(Method method);

} // namespace baartal::server
