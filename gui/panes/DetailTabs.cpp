#include "DetailTabs.h"

#include "DisksPane.h"
#include "DockerPane.h"
#include "KernelsPane.h"
#include "OverviewPane.h"

#include <QEvent>

namespace Lotsen {

DetailTabs::DetailTabs(FactsStore* store, QWidget* parent)
    : QTabWidget(parent)
    , m_overview(new OverviewPane(store))
    , m_disks(new DisksPane(store))
    , m_kernels(new KernelsPane(store))
    , m_docker(new DockerPane(store))
{
    setObjectName(QStringLiteral("detailTabs"));
    setDocumentMode(true);
    for (QWidget* pane : std::initializer_list<QWidget*>{m_overview, m_disks, m_kernels, m_docker})
        addTab(pane, QString());
    connect(m_overview, &OverviewPane::hostActivated, this, &DetailTabs::showHost);
    retranslateUi();
}

void DetailTabs::addExtraTab(QWidget* widget)
{
    addTab(widget, QString());
}

bool DetailTabs::showsFacts() const
{
    const QWidget* current = currentWidget();
    return current == m_overview || current == m_disks || current == m_kernels || current == m_docker;
}

void DetailTabs::setSelectedHosts(const QStringList& hosts)
{
    m_overview->setHosts(hosts);
    const QString single = hosts.size() == 1 ? hosts.first() : QString();
    for (HostPane* pane : std::initializer_list<HostPane*>{m_disks, m_kernels, m_docker})
        pane->setHost(single, hosts.size() > 1);
    // Follow the selection only while the user looks at facts, not while running a command.
    if (!showsFacts())
        return;
    if (hosts.size() > 1)
        setCurrentWidget(m_overview);
    else if (hosts.size() == 1 && currentWidget() == m_overview)
        setCurrentWidget(m_disks);
}

void DetailTabs::showHost(const QString& host)
{
    if (host.isEmpty())
        return;
    for (HostPane* pane : std::initializer_list<HostPane*>{m_disks, m_kernels, m_docker})
        pane->setHost(host);
    setCurrentWidget(m_disks);
}

void DetailTabs::retranslateUi()
{
    setTabText(indexOf(m_overview), tr("Overview"));
    setTabText(indexOf(m_disks), tr("Disks"));
    setTabText(indexOf(m_kernels), tr("Kernels"));
    setTabText(indexOf(m_docker), tr("Docker"));
}

void DetailTabs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

} // namespace Lotsen
