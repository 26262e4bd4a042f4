#include "HostPane.h"

#include "facts/FactsFormat.h"
#include "facts/FactsStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Lotsen {

HostPane::HostPane(FactsStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel)
    , m_age(new QLabel)
    , m_error(new QLabel)
    , m_notes(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* titleRow = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    titleRow->addWidget(m_title);
    titleRow->addStretch();
    m_age->setObjectName(QStringLiteral("paneAgeLabel"));
    titleRow->addWidget(m_age);
    layout->addLayout(titleRow);

    m_error->setObjectName(QStringLiteral("paneErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fbe3e4; color: #8a1020; border: 1px solid #e6a1a8;"
                       " border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_error);
    m_notes->setObjectName(QStringLiteral("paneWarningsLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setStyleSheet(QStringLiteral("QLabel { background: #fff6e0; border: 1px solid #ecd39a;"
                                          " border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_notes);

    m_empty->setObjectName(QStringLiteral("paneEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_store, &FactsStore::hostChanged, this, [this](const QString& host) {
        if (host == m_host)
            refreshView();
    });
    connect(m_store, &FactsStore::tick, this, &HostPane::updateAge);
}

void HostPane::setContent(QWidget* content)
{
    m_content = content;
    m_stack->addWidget(content);
    refreshView();
}

void HostPane::setHost(const QString& host, bool severalSelected)
{
    m_several = severalSelected;
    if (host == m_host && m_content) {
        refreshView();
        return;
    }
    m_host = host;
    refreshView();
}

void HostPane::showEmptyState(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

QString HostPane::ageText() const
{
    return m_age->text();
}

QString HostPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString HostPane::emptyText() const
{
    return isShowingContent() ? QString() : m_empty->text();
}

bool HostPane::isShowingContent() const
{
    return m_content && m_stack->currentWidget() == m_content;
}

void HostPane::refreshView()
{
    m_title->setText(m_host);
    m_title->setVisible(!m_host.isEmpty());
    const QString error = m_host.isEmpty() ? QString() : m_store->error(m_host);
    m_error->setText(tr("The last refresh failed: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
    const HostFacts* facts = m_host.isEmpty() ? nullptr : m_store->facts(m_host);

    QStringList notes;
    if (facts) {
        for (const FactsWarning& warning : facts->warnings) {
            if (concerns(warning))
                notes.append(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                                 .arg(FactsFormat::severityColor(warning.severity).name(),
                                      FactsFormat::severity(warning.severity).toHtmlEscaped(),
                                      warning.text.toHtmlEscaped()));
        }
        for (const QString& problem : facts->problems)
            notes.append(tr("<b>Could not read:</b> %1").arg(problem.toHtmlEscaped()));
    }
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_notes->setVisible(!notes.isEmpty());

    if (m_host.isEmpty()) {
        showEmptyState(m_several ? tr("Several hosts are selected.\n\nThe Overview tab compares them; "
                                      "double-click a host there to see its details here.")
                                 : tr("Select a host in the list to see its disks, kernels and Docker."));
    } else if (!facts) {
        const FactsStore::State state = m_store->state(m_host);
        showEmptyState(
            state == FactsStore::State::Refreshing ? tr("Reading the host's facts…")
            : state == FactsStore::State::Failed
                ? tr("Nothing to show: the refresh failed (see above). Press Refresh (F5) to try again.")
                : tr("Not refreshed yet — press Refresh (F5)."));
    } else {
        m_stack->setCurrentWidget(m_content);
    }
    showFacts(facts); // may switch to the empty state itself
    updateAge();
}

void HostPane::updateAge()
{
    if (m_host.isEmpty()) {
        m_age->clear();
        return;
    }
    const FactsStore::State state = m_store->state(m_host);
    const qint64 age = m_store->ageSeconds(m_host);
    const QString updated = age < 0 ? QString() : tr("updated %1").arg(FactsFormat::age(age));
    QString text;
    QColor color;
    switch (state) {
    case FactsStore::State::NeverRefreshed:
        text = tr("never refreshed");
        break;
    case FactsStore::State::Refreshing:
        text = updated.isEmpty() ? tr("refreshing…") : tr("refreshing… (%1)").arg(updated);
        break;
    case FactsStore::State::Fresh:
        text = updated;
        break;
    case FactsStore::State::Stale:
        text = tr("stale: %1").arg(updated);
        color = FactsFormat::staleColor();
        break;
    case FactsStore::State::Failed:
        text = updated.isEmpty() ? tr("refresh failed") : tr("refresh failed; %1").arg(updated);
        color = FactsFormat::errorColor();
        break;
    }
    setColoredText(m_age, text, color);
}

QLabel* HostPane::makeValueLabel(const char* objectName)
{
    auto* label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void HostPane::setColoredText(QLabel* label, const QString& text, const QColor& color)
{
    label->setText(text);
    label->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { color: %1; }").arg(color.name())
                                         : QString());
}

void HostPane::retranslateUi()
{
    retranslateContent();
    refreshView();
}

void HostPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Lotsen
