#pragma once

#include <QWidget>

namespace Lotsen {

// A single usage bar with its text, painted like the usage cells in the pane tables.
class UsageBar : public QWidget
{
    Q_OBJECT
public:
    explicit UsageBar(QWidget* parent = nullptr);

    void setUsage(double percent, const QString& text); // percent < 0 = unknown
    double percent() const { return m_percent; }
    const QString& text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_percent = -1;
    QString m_text;
};

} // namespace Lotsen
