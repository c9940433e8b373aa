#pragma once

#include "core/result/result.h"
#include "sync/client/counter_store.h"

#include <QTemporaryDir>

#include <memory>

namespace baartal::testsupport {

// A freshly migrated counter store in its own temporary folder, removed with the object.
class TemporaryCounterStore {
public:
    Q_DISABLE_COPY_MOVE(TemporaryCounterStore)
    ~TemporaryCounterStore() = default;

    static core::Result<std::unique_ptr<TemporaryCounterStore>> create();

    sync::CounterStore& store() { return *m_store; }
    core::Database& database() { return m_store->database(); }

private:
    TemporaryCounterStore() = default;

    QTemporaryDir m_dir;
    std::unique_ptr<sync::CounterStore> m_store; // declared after m_dir: closed before the folder goes
};

} // namespace baartal::testsupport
