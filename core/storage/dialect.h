#pragma once

namespace baartal::core {

enum class Dialect { Sqlite, Postgres };

} // namespace baartal::core
