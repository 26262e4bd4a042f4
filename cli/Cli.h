#pragma once

#include "Host.h"
#include "HostFacts.h"
#include "HostStore.h"
#include "SessionTypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Lotsen {

class HostSession;

// lotsenctl: parses the command line of DESIGN.md section 7 and runs one command on the engine
// the desktop program uses. Exit codes are part of the contract (see ExitCode).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::Cli)
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        HostKey = 3,
        Auth = 4,
        Unreachable = 5
    };

    explicit Cli(const QStringList& arguments);
    int run();

private:
    bool parseGlobalOptions();
    int usage(const QString& problem);
    int runExec();
    int runHosts();
    int runStatus();
    struct StatusOutcome
    {
        bool done = false;
        std::optional<HostFacts> facts;
        QString error;
        int exitCode = Ok;
    };
    std::vector<StatusOutcome> collectStatus(const QList<Host>& hosts);
    int printStatus(const QList<Host>& hosts, const std::vector<StatusOutcome>& outcomes);
    static QString describe(const Host& host, const HostFacts& facts);
    void answerPromptsOnTerminal(HostSession* session);
    int listHosts();
    int addHost();
    int removeHost();
    int importHosts();
    std::optional<Host> resolveHost(const QString& text, QString* error);
    SessionOptions sessionOptions() const;
    void answerSecretFromTerminal(HostSession* session, const SecretRequest& request);
    bool askHostKeyOnTerminal(const HostKeyInfo& info);
    Result<void> loadStore();

    QStringList m_args; // what is left to read
    QString m_knownHosts;
    QString m_identity;
    QString m_hostsFile;
    bool m_acceptNew = false;
    bool m_json = false;
    HostStore m_store;
};

} // namespace Lotsen
