#include "core/storage/database_url.h"

#include <QUrl>
#include <QUrlQuery>

namespace baartal::core {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.dialect = Dialect::Sqlite;
        url.sqlitePath = text.mid(QLatin1String("sqlite:").size());
        if (url.sqlitePath.startsWith(QLatin1String("//"))) {
            url.sqlitePath = url.sqlitePath.mid(2);
        }
        if (url.sqlitePath.isEmpty()) {
            return Error::invalid(
                QStringLiteral("invalid_database_url"),
                QStringLiteral("An SQLite database URL needs a file path: sqlite:/path/db.sqlite"));
        }
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            return Error::invalid(QStringLiteral("invalid_database_url"),
                                  QStringLiteral("Not a valid PostgreSQL URL: %1").arg(parsed.errorString()));
        }
        url.dialect = Dialect::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.databaseName = parsed.path().mid(1);
        const QUrlQuery query(parsed);
        if (query.hasQueryItem(QStringLiteral("host"))) {
            url.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        }
        if (url.databaseName.isEmpty()) {
            return Error::invalid(
                QStringLiteral("invalid_database_url"),
                QStringLiteral("A PostgreSQL URL needs a database name: postgresql://host/name"));
        }
        return url;
    }
    return Error::invalid(
        QStringLiteral("invalid_database_url"),
        QStringLiteral("Unknown database URL '%1': use sqlite:PATH or postgresql://…").arg(text));
}

QString DatabaseUrl::toString() const
{
    if (dialect == Dialect::Sqlite) {
        return QStringLiteral("sqlite:") + sqlitePath;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPassword(password);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (host.startsWith(QLatin1Char('/'))) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
    } else {
        url.setHost(host);
    }
    return url.toString();
}

QString DatabaseUrl::redacted() const
{
    DatabaseUrl copy = *this;
    if (!copy.password.isEmpty()) {
        copy.password = QStringLiteral("***");
    }
    return copy.toString();
}

} // namespace baartal::core
