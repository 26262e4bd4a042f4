#include "HostSession.h"

#include "SshWorker.h"

#include <QMutex>
#include <QSet>

#include <libssh/libssh.h>

namespace Lotsen {
namespace {

// Worker threads outlive their HostSession by the time a disconnect takes; the program waits
// for them once, on its way out (waitForWorkers), never on the GUI thread while it runs.
QMutex g_threadsMutex;
QSet<QThread*> g_threads;

void registerTypesOnce()
{
    static const bool done = [] {
        ssh_init();
        qRegisterMetaType<SessionState>();
        qRegisterMetaType<HostKeyInfo>();
        qRegisterMetaType<SecretRequest>();
        qRegisterMetaType<OutputChannel>();
        qRegisterMetaType<CommandRequest>();
        qRegisterMetaType<CommandResult>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

HostSession::HostSession(const Host& host, const SessionOptions& options, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_thread(new QThread)
    , m_backlog(std::make_shared<std::atomic<qint64>>(0))
{
    registerTypesOnce();
    m_thread->setObjectName(QStringLiteral("ssh:") + host.name);
    m_worker = new SshWorker(host, options, m_backlog);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    {
        QMutexLocker lock(&g_threadsMutex);
        g_threads.insert(m_thread);
    }
    connect(
        m_thread, &QThread::finished, m_thread,
        [thread = m_thread] {
            QMutexLocker lock(&g_threadsMutex);
            g_threads.remove(thread);
        },
        Qt::DirectConnection);

    connect(m_worker, &SshWorker::stateChanged, this, [this](SessionState state, const QString& detail) {
        m_state = state;
        m_stateDetail = detail;
        Q_EMIT stateChanged(state, detail);
    });
    connect(m_worker, &SshWorker::hostKeyQuestion, this, &HostSession::hostKeyQuestion);
    connect(m_worker, &SshWorker::hostKeyRefused, this, &HostSession::hostKeyRefused);
    connect(m_worker, &SshWorker::secretRequested, this, &HostSession::secretRequested);
    connect(m_worker, &SshWorker::commandStarted, this, &HostSession::commandStarted);
    connect(m_worker, &SshWorker::commandOutput, this,
            [this](quint64 id, OutputChannel channel, const QByteArray& data) {
                m_backlog->fetch_sub(data.size());
                Q_EMIT commandOutput(id, channel, data);
            });
    connect(m_worker, &SshWorker::commandFinished, this, [this](quint64 id, const CommandResult& result) {
        Q_EMIT commandFinished(id, result);
        m_quietIds.remove(id);
    });
    m_thread->start();
}

HostSession::~HostSession()
{
    // Disconnect on the worker's own thread, then let the thread end and delete itself.
    SshWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            QThread* thread = worker->thread();
            delete worker;
            thread->quit();
        },
        Qt::QueuedConnection);
}

void HostSession::waitForWorkers(int timeoutMs)
{
    const QSet<QThread*> threads = [] {
        QMutexLocker lock(&g_threadsMutex);
        return g_threads;
    }();
    for (QThread* thread : threads)
        thread->wait(timeoutMs);
}

void HostSession::open()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::open, Qt::QueuedConnection);
}

void HostSession::close()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::close, Qt::QueuedConnection);
}

quint64 HostSession::run(const CommandRequest& request)
{
    const quint64 id = m_nextId++;
    if (!request.logOutput)
        m_quietIds.insert(id);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, request] { worker->run(id, request); }, Qt::QueuedConnection);
    return id;
}

void HostSession::cancel(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void HostSession::answerHostKey(bool accept)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, accept] { worker->answerHostKey(accept); }, Qt::QueuedConnection);
}

void HostSession::answerSecret(const std::optional<QByteArray>& secret)
{
    const bool given = secret.has_value();
    // A deep copy, not a share of the caller's buffer: the worker wipes it after use.
    QByteArray value = given ? QByteArray(secret->constData(), secret->size()) : QByteArray();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, given, value = std::move(value)]() mutable {
            worker->answerSecret(given, std::move(value));
        },
        Qt::QueuedConnection);
}

void HostSession::setSudoPassword(const QByteArray& password)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, password] { worker->setSudoPassword(password); }, Qt::QueuedConnection);
}

} // namespace Lotsen
