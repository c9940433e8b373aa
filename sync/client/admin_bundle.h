#pragma once

#include "core/result/result.h"
#include "sync/client/list_page.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace baartal::sync {

// A bundle as the admin API shows it (GET/POST /api/v1/admin/bundles, PATCH …/{id}).
struct AdminBundle {
    QString id;
    QString name;
    QString pincode;
    bool active = true;
    int shopsCount = 0;
    QStringList categories; // one shop each

    static core::Result<AdminBundle> fromJson(const QJsonObject& data);
};

// One page of the admin's list of bundles.
struct AdminBundlePage {
    QList<AdminBundle> bundles;
    ListPage page;

    static core::Result<AdminBundlePage> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
