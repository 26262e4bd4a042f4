#include "UsageBar.h"

#include "UsageBarDelegate.h"

#include <QPainter>

namespace Lotsen {

UsageBar::UsageBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageBar::setUsage(double percent, const QString& text)
{
    m_percent = percent;
    m_text = text;
    setToolTip(text);
    update();
}

QSize UsageBar::sizeHint() const
{
    return {std::max(220, fontMetrics().horizontalAdvance(m_text) + 24), fontMetrics().height() + 10};
}

void UsageBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_percent < 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignVCenter | Qt::AlignLeft, m_text);
        return;
    }
    UsageBarDelegate::paintBar(&painter, rect(), m_percent, m_text, palette(), font());
}

} // namespace Lotsen
