#include "tests/sync/support/temporary_counter_store.h"

namespace baartal::testsupport {

core::Result<std::unique_ptr<TemporaryCounterStore>> TemporaryCounterStore::create()
{
    std::unique_ptr<TemporaryCounterStore> temporary(new TemporaryCounterStore);
    if (!temporary->m_dir.isValid()) {
        return core::Error::internal(QStringLiteral("temporary_dir_failed"), temporary->m_dir.errorString());
    }
    auto store = sync::CounterStore::open(temporary->m_dir.filePath(QStringLiteral("counter.sqlite")));
    if (!store) {
        return store.error();
    }
    temporary->m_store = std::move(*store);
    return temporary;
}

} // namespace baartal::testsupport
