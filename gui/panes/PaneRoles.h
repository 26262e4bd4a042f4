#pragma once

#include <Qt>

namespace Lotsen::PaneRoles {

// Item data roles the pane models share with their delegates and the overview's sorting.
enum Role
{
    UsageRole = Qt::UserRole + 100, // double 0–100: paint a usage bar (with the display text on it)
    BadgesRole,                     // QStringList: small labels painted after the text
    BadgeColorsRole,                // QVariantList of QColor, one per badge
    SortRole,                       // what the column sorts by when the text would sort badly
    HostRole                        // the host a row stands for
};

} // namespace Lotsen::PaneRoles
