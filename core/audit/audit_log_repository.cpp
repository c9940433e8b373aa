#include "core/audit/audit_log_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

#include <QJsonDocument>

namespace baartal::core {

Status AuditLogRepository::add(const AuditEntry& entry)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO admin_audit_log (admin_user_id, action, subject_id, detail, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {entry.adminUserId, entry.action, SqlValues::fromText(entry.subjectId),
         QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)),
         SqlValues::fromTime(entry.createdAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<QList<AuditEntry>> AuditLogRepository::listBySubject(const QString& subjectId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT admin_user_id, action, subject_id, detail, created_at FROM admin_audit_log "
                       "WHERE subject_id = ? ORDER BY id"),
        {subjectId});
    if (!query) {
        return query.error();
    }
    QList<AuditEntry> entries;
    while ((*query)->next()) {
        const QSqlQuery& q = **query;
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                        SqlValues::toTime(q.value(4))});
    }
    return entries;
}

} // namespace baartal::core
