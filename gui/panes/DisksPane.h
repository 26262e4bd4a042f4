#pragma once

#include "HostPane.h"

class QLabel;
class QTreeView;

namespace Lotsen {

class DisksModel;
class UsageBar;

// A host's storage: what backs Docker's data root and whether device-mapper is there, above the
// tree of block devices, LVM volumes (thin pools with data and metadata use) and btrfs filesystems.
class DisksPane : public HostPane
{
    Q_OBJECT
public:
    explicit DisksPane(FactsStore* store, QWidget* parent = nullptr);

    DisksModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QString dockerRootText() const;

protected:
    void showFacts(const HostFacts* facts) override;
    void retranslateContent() override;
    bool concerns(const FactsWarning& warning) const override;

private:
    DisksModel* m_model;
    QTreeView* m_view;
    QLabel* m_rootLabel;
    QLabel* m_rootValue;
    QLabel* m_spaceLabel;
    UsageBar* m_space;
    QLabel* m_dmLabel;
    QLabel* m_dmValue;
    QLabel* m_lvmLabel;
    QLabel* m_lvmValue;
    DiskFacts m_facts;
    QString m_dataRoot;
};

} // namespace Lotsen
