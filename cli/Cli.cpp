#include "Cli.h"

#include "AnsibleInventoryImport.h"
#include "CommandLine.h"
#include "FactsCollector.h"
#include "HostSession.h"
#include "HostTarget.h"
#include "SshConfigImport.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Lotsen {
namespace {

void writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

void say(const QString& text)
{
    writeAll(STDERR_FILENO, text.toUtf8() + '\n');
}

// Reads one line from the controlling terminal, without echo unless asked; nullopt without one.
std::optional<QByteArray> readFromTerminal(const QString& prompt, bool echo)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const QByteArray text = prompt.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = fileno(tty);
    const bool haveTermios = tcgetattr(fd, &saved) == 0;
    if (haveTermios && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line(4096, '\0');
    const bool got = std::fgets(line.data(), int(line.size()), tty) != nullptr;
    if (haveTermios && !echo) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    if (!got)
        return std::nullopt;
    line.truncate(qsizetype(std::strlen(line.constData())));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool haveTerminal()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

int exitCodeFor(SessionState state)
{
    switch (state) {
    case SessionState::KeyProblem:
        return Cli::HostKey;
    case SessionState::NeedsLogin:
        return Cli::Auth;
    case SessionState::Unreachable:
        return Cli::Unreachable;
    default:
        return Cli::Failed;
    }
}

QString takeValue(QStringList* args, const QString& option, bool* ok)
{
    if (args->isEmpty()) {
        *ok = false;
        return {};
    }
    Q_UNUSED(option);
    return args->takeFirst();
}

} // namespace

Cli::Cli(const QStringList& arguments)
    : m_args(arguments)
{}

int Cli::usage(const QString& problem)
{
    if (!problem.isEmpty())
        say(QStringLiteral("lotsenctl: ") + problem);
    say(tr("Usage: lotsenctl [--known-hosts FILE] [--accept-new] [-i KEY] [--hosts-file FILE] [--json] "
           "[--lang sv|en] COMMAND\n"
           "HOST = a configured host name, [user@]address[:port], or ssh://user@address:port\n"
           "  exec [--sudo] [--timeout SECONDS] HOST -- CMD [ARG...]   run one command, stream its output, "
           "exit with its code\n"
           "  status HOST... [--json]                facts: OS, kernels, disks, Docker\n"
           "  hosts                                  list the configured hosts\n"
           "  hosts add NAME TARGET [--group G] [--tag T]...\n"
           "  hosts remove NAME\n"
           "  hosts import ssh-config [FILE] | ansible FILE\n"
           "Exit codes: 0 ok; 1 operation failed; 2 usage or invalid input; 3 host key unknown or changed; "
           "4 authentication failed; 5 host unreachable"));
    return Usage;
}

bool Cli::parseGlobalOptions()
{
    while (!m_args.isEmpty() && m_args.first().startsWith(QLatin1Char('-'))) {
        const QString option = m_args.takeFirst();
        bool ok = true;
        if (option == QLatin1String("--known-hosts"))
            m_knownHosts = takeValue(&m_args, option, &ok);
        else if (option == QLatin1String("-i"))
            m_identity = takeValue(&m_args, option, &ok);
        else if (option == QLatin1String("--hosts-file"))
            m_hostsFile = takeValue(&m_args, option, &ok);
        else if (option == QLatin1String("--accept-new"))
            m_acceptNew = true;
        else if (option == QLatin1String("--json"))
            m_json = true;
        else if (option == QLatin1String("--lang")) {
            const QString language = takeValue(&m_args, option, &ok);
            if (ok && language != QLatin1String("sv") && language != QLatin1String("en")) {
                usage(tr("--lang takes sv or en, not %1").arg(language));
                return false;
            }
            Translations::load(language);
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            usage({});
            return false;
        } else {
            usage(tr("unknown option %1").arg(option));
            return false;
        }
        if (!ok) {
            usage(tr("%1 needs a value").arg(option));
            return false;
        }
    }
    return true;
}

int Cli::run()
{
    Translations::load(QString());
    // --lang may change the language, so it is read before anything is printed.
    if (const qsizetype lang = m_args.indexOf(QStringLiteral("--lang"));
        lang >= 0 && lang + 1 < m_args.size())
        Translations::load(m_args.at(lang + 1));
    if (!parseGlobalOptions())
        return Usage;
    if (m_hostsFile.isEmpty())
        m_hostsFile = HostStore::defaultPath();
    m_store = HostStore(m_hostsFile);
    if (m_args.isEmpty())
        return usage(tr("no command given"));
    const QString command = m_args.takeFirst();
    if (command == QLatin1String("exec"))
        return runExec();
    if (command == QLatin1String("hosts"))
        return runHosts();
    if (command == QLatin1String("status"))
        return runStatus();
    return usage(tr("unknown command %1").arg(command));
}

Result<void> Cli::loadStore()
{
    return m_store.load();
}

SessionOptions Cli::sessionOptions() const
{
    SessionOptions options;
    options.knownHostsFile = m_knownHosts;
    options.identityFile = m_identity;
    options.acceptNewHostKeys = m_acceptNew;
    return options;
}

std::optional<Host> Cli::resolveHost(const QString& text, QString* error)
{
    if (const Result<void> loaded = loadStore(); !loaded) {
        *error = loaded.error();
        return std::nullopt;
    }
    if (const std::optional<Host> configured = m_store.find(text))
        return configured;
    const Result<Host> parsed = HostTarget::parse(text);
    if (!parsed) {
        *error = parsed.error();
        return std::nullopt;
    }
    return parsed.value();
}

bool Cli::askHostKeyOnTerminal(const HostKeyInfo& info)
{
    say(tr("The authenticity of host %1 can't be established.\n%2 key fingerprint is %3.")
            .arg(info.host, info.keyType, info.fingerprint));
    if (!haveTerminal())
        return false;
    for (;;) {
        const auto answer =
            readFromTerminal(tr("Are you sure you want to continue connecting (yes/no)? "), true);
        if (!answer)
            return false;
        const QString text = QString::fromUtf8(*answer).trimmed().toLower();
        if (text == QLatin1String("yes") || text == tr("yes"))
            return true;
        if (text == QLatin1String("no") || text == tr("no"))
            return false;
    }
}

void Cli::answerPromptsOnTerminal(HostSession* session)
{
    QObject::connect(session, &HostSession::hostKeyQuestion, session,
                     [this, session](const HostKeyInfo& info) {
                         const bool accept = askHostKeyOnTerminal(info);
                         if (!accept && !haveTerminal())
                             say(tr("Host key not verified and no terminal to ask on; nothing was run. Use "
                                    "--accept-new to record "
                                    "a new host's key on first use."));
                         session->answerHostKey(accept);
                     });
    QObject::connect(
        session, &HostSession::secretRequested, session,
        [this, session](const SecretRequest& secret) { answerSecretFromTerminal(session, secret); });
}

void Cli::answerSecretFromTerminal(HostSession* session, const SecretRequest& request)
{
    if (!haveTerminal()) {
        session->answerSecret(std::nullopt);
        return;
    }
    if (!request.instruction.isEmpty())
        say(request.instruction);
    session->answerSecret(readFromTerminal(request.prompt + QLatin1Char(' '), request.echo));
}

int Cli::runExec()
{
    CommandRequest request;
    while (!m_args.isEmpty() && m_args.first().startsWith(QLatin1String("--")) &&
           m_args.first() != QLatin1String("--")) {
        const QString option = m_args.takeFirst();
        if (option == QLatin1String("--sudo")) {
            request.sudo = true;
        } else if (option == QLatin1String("--timeout") && !m_args.isEmpty()) {
            bool ok = false;
            const int seconds = m_args.takeFirst().toInt(&ok);
            if (!ok || seconds <= 0)
                return usage(tr("--timeout takes a number of seconds"));
            request.timeoutMs = seconds * 1000;
        } else {
            return usage(tr("unknown option %1 for exec").arg(option));
        }
    }
    const qsizetype dashes = m_args.indexOf(QStringLiteral("--"));
    if (dashes != 1 || m_args.size() < 3)
        return usage(tr("exec needs HOST -- CMD [ARG...]"));
    QString error;
    const std::optional<Host> host = resolveHost(m_args.first(), &error);
    if (!host)
        return say(error), Usage;
    const CommandLine commandLine(m_args.at(2), m_args.mid(3));
    request.shellLine = commandLine.toShell();
    request.display = commandLine.toDisplay();

    HostSession session(*host, sessionOptions());
    int exitCode = Failed;
    bool finished = false;
    auto quit = [&](int code) {
        if (finished)
            return;
        finished = true;
        exitCode = code;
        QCoreApplication::exit(code);
    };
    answerPromptsOnTerminal(&session);
    QObject::connect(&session, &HostSession::stateChanged, &session,
                     [&](SessionState state, const QString& detail) {
                         if (state == SessionState::KeyProblem || state == SessionState::NeedsLogin ||
                             state == SessionState::Unreachable) {
                             if (!finished)
                                 say(QStringLiteral("lotsenctl: ") + detail);
                             quit(exitCodeFor(state));
                         }
                     });
    QObject::connect(&session, &HostSession::commandOutput, &session,
                     [](quint64, OutputChannel channel, const QByteArray& data) {
                         writeAll(channel == OutputChannel::Stdout ? STDOUT_FILENO : STDERR_FILENO, data);
                     });
    QObject::connect(
        &session, &HostSession::commandFinished, &session, [&](quint64, const CommandResult& result) {
            if (finished) // the connection failed, and its state said so already
                return;
            if (!result.error.isEmpty()) {
                say(QStringLiteral("lotsenctl: ") + result.error);
                quit(session.state() == SessionState::Connected ? Failed : exitCodeFor(session.state()));
            } else if (result.timedOut) {
                say(tr("lotsenctl: the command did not finish within its time limit and was stopped."));
                quit(Failed);
            } else if (!result.signal.isEmpty()) {
                say(tr("lotsenctl: the command was killed by signal %1.").arg(result.signal));
                quit(Failed);
            } else {
                quit(result.exitCode);
            }
        });
    session.run(request);
    QCoreApplication::exec();
    return exitCode;
}

int Cli::runStatus()
{
    if (const qsizetype json = m_args.indexOf(QStringLiteral("--json")); json >= 0) {
        m_json = true;
        m_args.removeAt(json);
    }
    if (m_args.isEmpty())
        return usage(tr("status needs at least one HOST"));
    QList<Host> hosts;
    for (const QString& text : std::as_const(m_args)) {
        QString error;
        const std::optional<Host> host = resolveHost(text, &error);
        if (!host)
            return say(error), Usage;
        // A host named twice is asked once: the collector runs one refresh per host name.
        const bool known = std::any_of(hosts.cbegin(), hosts.cend(),
                                       [&](const Host& other) { return other.name == host->name; });
        if (!known)
            hosts.append(*host);
    }
    return printStatus(hosts, collectStatus(hosts));
}

// All hosts at once, each on its own session; the outcomes come back in the order asked.
std::vector<Cli::StatusOutcome> Cli::collectStatus(const QList<Host>& hosts)
{
    std::vector<std::unique_ptr<HostSession>> sessions;
    std::vector<StatusOutcome> outcomes(size_t(hosts.size()));
    FactsCollector collector;
    int pending = int(hosts.size());
    auto settle = [&](size_t i, int code, const QString& error, std::optional<HostFacts> facts) {
        if (outcomes[i].done)
            return;
        outcomes[i] = {true, std::move(facts), error, code};
        if (--pending == 0)
            QCoreApplication::exit(0);
    };
    auto indexOf = [&](const QString& name) {
        for (size_t i = 0; i < sessions.size(); ++i)
            if (sessions[i]->host().name == name)
                return i;
        return sessions.size();
    };
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        auto session = std::make_unique<HostSession>(hosts[i], sessionOptions());
        HostSession* raw = session.get();
        const size_t index = size_t(i);
        answerPromptsOnTerminal(raw);
        QObject::connect(raw, &HostSession::stateChanged, raw,
                         [&, index](SessionState state, const QString& detail) {
                             if (state == SessionState::KeyProblem || state == SessionState::NeedsLogin ||
                                 state == SessionState::Unreachable)
                                 settle(index, exitCodeFor(state), detail, std::nullopt);
                         });
        sessions.push_back(std::move(session));
    }
    QObject::connect(&collector, &FactsCollector::factsReady, &collector,
                     [&](const QString& name, const HostFacts& facts) {
                         if (const size_t i = indexOf(name); i < sessions.size())
                             settle(i, Ok, {}, facts);
                     });
    QObject::connect(&collector, &FactsCollector::refreshFailed, &collector,
                     [&](const QString& name, const QString& error) {
                         if (const size_t i = indexOf(name); i < sessions.size())
                             settle(i, Failed, error, std::nullopt);
                     });
    for (auto& session : sessions)
        collector.refresh(session.get());
    QCoreApplication::exec();
    return outcomes;
}

// Text or JSON on stdout, one error line per failed host on stderr; the first failure's code.
int Cli::printStatus(const QList<Host>& hosts, const std::vector<StatusOutcome>& outcomes)
{
    int exitCode = Ok;
    QJsonArray array;
    QByteArray text;
    for (size_t i = 0; i < outcomes.size(); ++i) {
        const StatusOutcome& outcome = outcomes[i];
        const Host& host = hosts[qsizetype(i)];
        if (exitCode == Ok)
            exitCode = outcome.exitCode;
        if (!outcome.facts)
            say(QStringLiteral("lotsenctl: %1: %2").arg(host.name, outcome.error));
        array.append(
            QJsonObject{{QStringLiteral("host"), host.name},
                        {QStringLiteral("target"), host.displayTarget()},
                        {QStringLiteral("ok"), outcome.facts.has_value()},
                        {QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : outcome.error},
                        {QStringLiteral("facts"), outcome.facts ? outcome.facts->toJson() : QJsonValue()}});
        if (outcome.facts)
            text += describe(host, *outcome.facts).toUtf8() + '\n';
    }
    writeAll(STDOUT_FILENO,
             m_json ? QJsonDocument(QJsonObject{{QStringLiteral("hosts"), array}}).toJson() : text);
    return exitCode;
}

QString Cli::describe(const Host& host, const HostFacts& facts)
{
    QStringList lines;
    lines << QStringLiteral("%1 (%2)").arg(host.name, host.displayTarget());
    lines << tr("  OS:      %1").arg(facts.os.prettyName.isEmpty() ? tr("unknown") : facts.os.prettyName);
    lines << tr("  Kernel:  %1").arg(facts.kernel.running);
    if (!facts.docker.installed)
        lines << tr("  Docker:  not installed");
    else if (!facts.docker.daemonRunning)
        lines << tr("  Docker:  %1, daemon not running").arg(facts.docker.clientVersion);
    else
        lines << tr("  Docker:  %1, storage driver %2, %3 images, %4 containers")
                     .arg(facts.docker.serverVersion, facts.docker.storageDriver)
                     .arg(facts.docker.images.size())
                     .arg(facts.docker.containers.size());
    for (const FactsWarning& warning : facts.warnings)
        lines << tr("  Warning: %1").arg(warning.text);
    for (const QString& problem : facts.problems)
        lines << tr("  Problem: %1").arg(problem);
    return lines.join(QLatin1Char('\n'));
}

int Cli::runHosts()
{
    if (m_args.isEmpty())
        return listHosts();
    const QString sub = m_args.takeFirst();
    if (sub == QLatin1String("add"))
        return addHost();
    if (sub == QLatin1String("remove"))
        return removeHost();
    if (sub == QLatin1String("import"))
        return importHosts();
    return usage(tr("unknown hosts command %1").arg(sub));
}

int Cli::listHosts()
{
    if (const Result<void> loaded = loadStore(); !loaded)
        return say(loaded.error()), Failed;
    if (m_json) {
        QJsonArray hosts;
        for (const Host& host : m_store.hosts())
            hosts.append(host.toJson());
        writeAll(STDOUT_FILENO, QJsonDocument(QJsonObject{{QStringLiteral("hosts"), hosts}}).toJson());
        return Ok;
    }
    QByteArray out;
    for (const Host& host : m_store.hosts()) {
        out += host.name.toUtf8() + '\t' + host.displayTarget().toUtf8() + '\t' + host.group.toUtf8() + '\t' +
               host.tags.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    writeAll(STDOUT_FILENO, out);
    return Ok;
}

int Cli::addHost()
{
    if (m_args.size() < 2)
        return usage(tr("hosts add needs NAME TARGET"));
    const QString name = m_args.takeFirst();
    const Result<Host> parsed = HostTarget::parse(m_args.takeFirst());
    if (!parsed)
        return say(parsed.error()), Usage;
    Host host = parsed.value();
    host.name = name;
    while (m_args.size() >= 2) {
        const QString option = m_args.takeFirst();
        if (option == QLatin1String("--group"))
            host.group = m_args.takeFirst();
        else if (option == QLatin1String("--tag"))
            host.tags.append(m_args.takeFirst());
        else
            return usage(tr("unknown option %1 for hosts add").arg(option));
    }
    if (!m_args.isEmpty())
        return usage(tr("%1 needs a value").arg(m_args.first()));
    if (const Result<void> loaded = loadStore(); !loaded)
        return say(loaded.error()), Failed;
    if (const Result<void> added = m_store.add(host); !added)
        return say(added.error()), Usage;
    if (const Result<void> saved = m_store.save(); !saved)
        return say(saved.error()), Failed;
    return Ok;
}

int Cli::removeHost()
{
    if (m_args.size() != 1)
        return usage(tr("hosts remove needs NAME"));
    if (const Result<void> loaded = loadStore(); !loaded)
        return say(loaded.error()), Failed;
    if (const Result<void> removed = m_store.remove(m_args.first()); !removed)
        return say(removed.error()), Usage;
    if (const Result<void> saved = m_store.save(); !saved)
        return say(saved.error()), Failed;
    return Ok;
}

int Cli::importHosts()
{
    if (m_args.isEmpty())
        return usage(tr("hosts import needs ssh-config [FILE] or ansible FILE"));
    const QString kind = m_args.takeFirst();
    QList<Host> found;
    if (kind == QLatin1String("ssh-config")) {
        const QString path =
            m_args.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/config") : m_args.first();
        found = SshConfigImport::parseFile(path);
    } else if (kind == QLatin1String("ansible") && m_args.size() == 1) {
        QFile file(m_args.first());
        if (!file.open(QIODevice::ReadOnly))
            return say(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())), Failed;
        found = AnsibleInventoryImport::parse(QString::fromUtf8(file.readAll()));
    } else {
        return usage(tr("hosts import needs ssh-config [FILE] or ansible FILE"));
    }
    if (const Result<void> loaded = loadStore(); !loaded)
        return say(loaded.error()), Failed;
    int added = 0;
    for (const Host& host : found) {
        if (const Result<void> result = m_store.add(host); result)
            ++added;
        else
            say(result.error());
    }
    if (const Result<void> saved = m_store.save(); !saved)
        return say(saved.error()), Failed;
    say(tr("Imported %1 of %2 hosts.").arg(added).arg(found.size()));
    return Ok;
}

} // namespace Lotsen
