#include "UsageBarDelegate.h"

#include "PaneRoles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Lotsen {

namespace {
constexpr int badgePadding = 6;
constexpr int badgeGap = 4;
} // namespace

QColor UsageBarDelegate::barColor(double percent)
{
    if (percent >= 90)
        return QColor(0xe0, 0x4f, 0x4f);
    if (percent >= 80)
        return QColor(0xf0, 0xa0, 0x30);
    return QColor(0x5b, 0xa8, 0x5b);
}

void UsageBarDelegate::paintBar(QPainter* painter, const QRect& rect, double percent, const QString& text,
                                const QPalette& palette, const QFont& font)
{
    if (percent < 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect).adjusted(1.5, 2.5, -1.5, -2.5);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(frame, 3, 3);
    QRectF filled = frame.adjusted(1, 1, -1, -1);
    filled.setWidth(filled.width() * std::clamp(percent, 0.0, 100.0) / 100.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(barColor(percent));
    painter->drawRoundedRect(filled, 2, 2);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(frame, Qt::AlignCenter, text);
    painter->restore();
}

void UsageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant usage = index.data(PaneRoles::UsageRole);
    if (usage.isValid()) {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        paintBar(painter, option.rect, usage.toDouble(), index.data(Qt::DisplayRole).toString(),
                 option.palette, option.font);
        return;
    }
    if (index.data(PaneRoles::BadgesRole).isValid()) {
        paintBadges(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void UsageBarDelegate::paintBadges(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QStringList badges = index.data(PaneRoles::BadgesRole).toStringList();
    const QVariantList colors = index.data(PaneRoles::BadgeColorsRole).toList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    int x = option.rect.left() + 4;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const int width = metrics.horizontalAdvance(badges.at(i)) + 2 * badgePadding;
        const QRectF badge(x, option.rect.center().y() - metrics.height() / 2.0 - 1, width,
                           metrics.height() + 2);
        const QColor color =
            i < colors.size() ? colors.at(i).value<QColor>() : option.palette.color(QPalette::Mid);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, badges.at(i));
        x += width + badgeGap;
    }
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(PaneRoles::UsageRole).isValid())
        size.setWidth(std::max(size.width() + 24, 120));
    const QStringList badges = index.data(PaneRoles::BadgesRole).toStringList();
    if (!badges.isEmpty()) {
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(font);
        int width = 8;
        for (const QString& badge : badges)
            width += metrics.horizontalAdvance(badge) + 2 * badgePadding + badgeGap;
        size.setWidth(std::max(size.width(), width));
    }
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace Lotsen
