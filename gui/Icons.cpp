#include "Icons.h"

#include <QFile>
#include <QHash>

// The resources live in the static lotsen_gui library; registering them here, on first use, makes the
// linker keep them in every program that shows an icon (lotsen and the GUI tests alike).
static void initLotsenResources()
{
    Q_INIT_RESOURCE(lotsen);
}

namespace Lotsen {

QIcon Icons::get(const QString& name)
{
    static const bool registered = (initLotsenResources(), true);
    Q_UNUSED(registered);
    static QHash<QString, QIcon> cache;
    const auto cached = cache.constFind(name);
    if (cached != cache.constEnd())
        return *cached;
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::forState(SessionState state)
{
    switch (state) {
    case SessionState::Disconnected:
        return get(QStringLiteral("state-disconnected"));
    case SessionState::Connecting:
        return get(QStringLiteral("state-connecting"));
    case SessionState::Connected:
        return get(QStringLiteral("state-connected"));
    case SessionState::NeedsLogin:
        return get(QStringLiteral("state-needs-login"));
    case SessionState::KeyProblem:
        return get(QStringLiteral("state-key-problem"));
    case SessionState::Unreachable:
        return get(QStringLiteral("state-unreachable"));
    }
    return {};
}

} // namespace Lotsen
