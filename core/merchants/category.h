#pragma once

#include <QDateTime>
#include <QString>

namespace baartal::core {

// A kind of shop a bundle holds at most one of: a stable key ("grocery") and the label people read.
struct Category {
    QString name;
    QString label;
    QDateTime createdAt;
};

} // namespace baartal::core
