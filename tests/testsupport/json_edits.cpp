#include "tests/testsupport/json_edits.h"

namespace baartal::testsupport {

QJsonObject JsonEdits::with(QJsonObject object, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString field = path.left(dot).toString();
    if (dot >= 0) {
        object.insert(field, with(object.value(field).toObject(), path.mid(dot + 1), value));
    } else if (value.isUndefined()) {
        object.remove(field);
    } else {
        object.insert(field, value);
    }
    return object;
}

QJsonObject JsonEdits::without(QJsonObject object, QStringView path)
{
    return with(std::move(object), path, QJsonValue(QJsonValue::Undefined));
}

} // namespace baartal::testsupport
