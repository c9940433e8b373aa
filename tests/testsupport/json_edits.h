#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace baartal::testsupport {

// One change to a JSON object, for _data() tables that list broken variants of one good answer.
// A path reaches into nested objects with dots: "user.role".
class JsonEdits {
public:
    JsonEdits() = delete;

    static QJsonObject with(QJsonObject object, QStringView path, const QJsonValue& value);
    static QJsonObject without(QJsonObject object, QStringView path);
};

} // namespace baartal::testsupport
