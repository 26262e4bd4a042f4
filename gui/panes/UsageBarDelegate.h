#pragma once

#include <QStyledItemDelegate>

namespace Lotsen {

// Paints a usage bar with its text ("45.0 %") in cells that carry PaneRoles::UsageRole, and
// "badges" (small rounded labels such as "default" or "running") for PaneRoles::BadgesRole;
// everything else is painted as usual.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Shared with the panes' header bars. percent < 0 paints nothing.
    static void paintBar(QPainter* painter, const QRect& rect, double percent, const QString& text,
                         const QPalette& palette, const QFont& font);
    static QColor barColor(double percent);

private:
    void paintBadges(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace Lotsen
