#pragma once

#include "Host.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lotsen {

// The user's list of hosts, kept as {"version":1,"hosts":[...]} in one JSON file (0600, in a
// 0700 directory). Every host in it passes Validation::validateHost and has a unique name.
// There is no password field, so none can ever be written.
class HostStore
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::HostStore)

public:
    // <GenericConfigLocation>/lotsen/hosts.json
    static QString defaultPath();

    explicit HostStore(QString path = defaultPath());

    const QString& path() const { return m_path; }
    const QList<Host>& hosts() const { return m_hosts; }

    // A missing file is an empty list. A file that cannot be read is reported and left as it is;
    // the list in memory then stays unchanged.
    Result<void> load();
    // Writes atomically (QSaveFile), creating the directory when needed.
    Result<void> save() const;

    Result<void> add(const Host& host);
    // Replaces the host called name; host.name may differ (a rename) but must stay unique.
    Result<void> update(const QString& name, const Host& host);
    Result<void> remove(const QString& name);

    std::optional<Host> find(const QString& name) const;
    // Non-empty groups in order of first use.
    QStringList groups() const;

private:
    qsizetype indexOf(const QString& name) const;
    Result<QList<Host>> parse(const QByteArray& data) const;
    Result<void> ensureDirectory() const;

    QString m_path;
    QList<Host> m_hosts;
};

} // namespace Lotsen
