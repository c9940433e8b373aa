#pragma once

#include "core/audit/audit_entry.h"
#include "core/result/result.h"

#include <QList>

namespace baartal::core {

class Database;

// SQL of the admin_audit_log table: append-only, so there is no update or delete.
class AuditLogRepository {
public:
    explicit AuditLogRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const AuditEntry& entry);
    // What was done to one subject, in the order it was done.
    Result<QList<AuditEntry>> listBySubject(const QString& subjectId);

private:
    Database& m_database;
};

} // namespace baartal::core
