#pragma once

#include "Host.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lotsen {

// Imports hosts from ~/.ssh/config or an Ansible INI inventory: reads the file, previews every host
// it defines with a checkbox, and returns the checked ones. Hosts that fail validation cannot be
// checked; hosts whose name is already configured start unchecked (checking one replaces it).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source
    {
        SshConfig,
        AnsibleInventory
    };

    ImportDialog(Source source, const QStringList& existingNames, QWidget* parent = nullptr);

    Source source() const { return m_source; }
    void loadFile(const QString& path);
    QString path() const;
    // The checked hosts, with the default group applied to those without one.
    QList<Host> selectedHosts() const;
    int previewCount() const;
    QString defaultGroup() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void fillPreview(bool keepChecks);
    void setAllChecked(bool checked);
    void updateSummary();
    QString noteFor(const Host& host, bool* importable, bool* exists) const;

    Source m_source;
    QStringList m_existingNames;
    QList<Host> m_hosts;
    QString m_readError;
    QString m_loadedPath;
    QLabel* m_intro = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_groupLabel = nullptr;
    QLineEdit* m_group = nullptr;
    QTreeWidget* m_preview = nullptr;
    QPushButton* m_selectAll = nullptr;
    QPushButton* m_selectNone = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace Lotsen
