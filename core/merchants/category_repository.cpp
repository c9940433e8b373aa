#include "core/merchants/category_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

Category read(const QSqlQuery& q)
{
    return Category{q.value(0).toString(), q.value(1).toString(), SqlValues::toTime(q.value(2))};
}

} // namespace

Status CategoryRepository::add(const Category& category)
{
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO categories (name, label, created_at) VALUES (?, ?, ?)"),
                        {category.name, category.label, SqlValues::fromTime(category.createdAt)});
    if (!query) {
        if (query.error().code == QLatin1String("unique_violation")) {
            return Error::conflict(QStringLiteral("category_exists"),
                                   QStringLiteral("There is already a category %1.").arg(category.name));
        }
        return query.error();
    }
    return {};
}

Result<QList<Category>> CategoryRepository::list()
{
    auto query = m_database.exec(
        QStringLiteral("SELECT name, label, created_at FROM categories ORDER BY label, name"));
    if (!query) {
        return query.error();
    }
    QList<Category> categories;
    while ((*query)->next()) {
        categories.append(read(**query));
    }
    return categories;
}

Result<std::optional<Category>> CategoryRepository::find(const QString& name)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT name, label, created_at FROM categories WHERE name = ?"), {name});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Category>();
    }
    return std::optional<Category>(read(**query));
}

} // namespace baartal::core
