#pragma once

#include "SessionTypes.h"

#include <QIcon>
#include <QString>

namespace Lotsen {

// Looks up the app's own icons (resources/icons, rendered PNGs) by name.
class Icons
{
public:
    // name without size and extension, e.g. "connect"; every rendered size is added to the icon.
    static QIcon get(const QString& name);
    static QIcon forState(SessionState state);
};

} // namespace Lotsen
