#pragma once

#include "core/merchants/category.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the categories table: the fixed list migrations seed, plus those admins add.
class CategoryRepository {
public:
    explicit CategoryRepository(Database& database)
        : m_database(database)
    {
    }

    // A name already listed is a Conflict "category_exists".
    Status add(const Category& category);
    // Every category, by label.
    Result<QList<Category>> list();
    Result<std::optional<Category>> find(const QString& name);

private:
    Database& m_database;
};

} // namespace baartal::core
