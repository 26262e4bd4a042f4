#include "RunCommandWidget.h"

#include "HostOutputPanel.h"
#include "HostSession.h"
#include "Pipeline.h"
#include "sessions/SessionManager.h"

#include "Icons.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lotsen {

RunCommandWidget::RunCommandWidget(SessionManager* sessions, QWidget* parent)
    : QWidget(parent)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("runCommandWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_command = new QLineEdit;
    m_command->setObjectName(QStringLiteral("runCommandEdit"));
    m_command->setClearButtonEnabled(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bar->addWidget(m_command, 1);
    m_sudo = new QCheckBox;
    m_sudo->setObjectName(QStringLiteral("runSudoCheck"));
    bar->addWidget(m_sudo);
    m_run = new QPushButton(Icons::get(QStringLiteral("run")), QString());
    m_run->setObjectName(QStringLiteral("runButton"));
    bar->addWidget(m_run);
    m_cancel = new QPushButton(Icons::get(QStringLiteral("cancel")), QString());
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    bar->addWidget(m_cancel);
    layout->addLayout(bar);

    auto* infoRow = new QHBoxLayout;
    m_targetsLabel = new QLabel;
    m_targetsLabel->setObjectName(QStringLiteral("runTargetsLabel"));
    m_targetsLabel->setTextFormat(Qt::PlainText);
    m_targetsLabel->setWordWrap(true);
    infoRow->addWidget(m_targetsLabel, 1);
    // Columns are narrow when several hosts run side by side, so long lines wrap unless the
    // output is a table that reads better unwrapped.
    m_wrap = new QCheckBox;
    m_wrap->setObjectName(QStringLiteral("runWrapCheck"));
    m_wrap->setChecked(true);
    infoRow->addWidget(m_wrap);
    layout->addLayout(infoRow);

    m_stack = new QStackedWidget;
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("runEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_stack, 1);
    clearPanels();

    connect(m_command, &QLineEdit::returnPressed, this, &RunCommandWidget::run);
    connect(m_command, &QLineEdit::textChanged, this, &RunCommandWidget::updateControls);
    connect(m_run, &QPushButton::clicked, this, &RunCommandWidget::run);
    connect(m_cancel, &QPushButton::clicked, this, &RunCommandWidget::cancel);
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        for (const Slot& slot : std::as_const(m_slots))
            slot.panel->setWrapLines(wrap);
    });
    retranslateUi();
    updateControls();
}

RunCommandWidget::~RunCommandWidget() = default;

void RunCommandWidget::setTargets(const QStringList& hosts)
{
    m_targets = hosts;
    retranslateUi();
    updateControls();
}

bool RunCommandWidget::isRunning() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [](const Slot& slot) { return !slot.done; });
}

HostOutputPanel* RunCommandWidget::panel(const QString& host) const
{
    return m_slots.value(host).panel;
}

void RunCommandWidget::run()
{
    const QString text = m_command->text().trimmed();
    if (text.isEmpty() || m_targets.isEmpty() || isRunning())
        return;
    clearPanels();
    CommandRequest request;
    // Quoted once and run by the remote shell as typed, with pipefail like every pipeline Lotsen runs.
    request.shellLine = Pipeline::typedLine(text);
    request.sudo = m_sudo->isChecked();
    request.display = request.sudo ? QStringLiteral("sudo ") + text : text;
    for (const QString& host : m_targets) {
        auto* panel = new HostOutputPanel(host);
        panel->setWrapLines(m_wrap->isChecked());
        m_splitter->addWidget(panel);
        Slot slot;
        slot.panel = panel;
        slot.session = m_sessions->ensureSession(host);
        m_slots.insert(host, slot);
    }
    m_stack->setCurrentWidget(m_scroll);
    // Start only after every slot exists: a session may answer synchronously with an error.
    for (const QString& host : m_targets) {
        Slot& slot = m_slots[host];
        if (!slot.session) {
            CommandResult result;
            result.error = tr("the host is no longer configured");
            finishSlot(slot, result);
            continue;
        }
        hook(slot.session);
        slot.id = slot.session->run(request);
    }
    Q_EMIT runStarted(m_targets);
    updateControls();
}

void RunCommandWidget::cancel()
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        Slot& slot = it.value();
        if (slot.done)
            continue;
        if (slot.session) {
            slot.session->cancel(slot.id);
        } else {
            CommandResult result;
            result.cancelled = true;
            finishSlot(slot, result);
        }
    }
}

void RunCommandWidget::clearPanels()
{
    m_slots.clear();
    // A fresh splitter each run: removing panels one by one from a QSplitter leaves stale sizes.
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("runOutputSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_scroll->setWidget(m_splitter); // deletes the previous splitter and its panels
    m_stack->setCurrentWidget(m_empty);
}

void RunCommandWidget::hook(HostSession* session)
{
    if (m_hooked.contains(session))
        return;
    m_hooked.insert(session);
    connect(session, &QObject::destroyed, this, [this, session] {
        m_hooked.remove(session);
        for (Slot& slot : m_slots) {
            if (!slot.done && !slot.session) {
                CommandResult result;
                result.error = tr("the connection was closed");
                finishSlot(slot, result);
            }
        }
    });
    connect(session, &HostSession::commandStarted, this, [this, session](quint64 id) {
        if (Slot* slot = slotFor(session, id))
            slot->panel->setRunning();
    });
    connect(session, &HostSession::commandOutput, this,
            [this, session](quint64 id, OutputChannel channel, const QByteArray& chunk) {
                if (Slot* slot = slotFor(session, id))
                    slot->panel->appendOutput(channel, chunk);
            });
    connect(session, &HostSession::commandFinished, this,
            [this, session](quint64 id, const CommandResult& result) {
                if (Slot* slot = slotFor(session, id))
                    finishSlot(*slot, result);
            });
    connect(session, &HostSession::stateChanged, this,
            [this, session](SessionState state, const QString& detail) {
                onSessionState(session, state, detail);
            });
}

RunCommandWidget::Slot* RunCommandWidget::slotFor(HostSession* session, quint64 id)
{
    const auto it = m_slots.find(session->host().name);
    if (it == m_slots.end() || it->session != session || it->id != id || it->done)
        return nullptr;
    return &it.value();
}

void RunCommandWidget::finishSlot(Slot& slot, const CommandResult& result)
{
    slot.done = true;
    slot.panel->setFinished(result);
    if (!isRunning())
        Q_EMIT runFinished();
    updateControls();
}

void RunCommandWidget::onSessionState(HostSession* session, SessionState state, const QString& detail)
{
    // A command waiting for a connection that failed would otherwise wait forever.
    if (state == SessionState::Connecting || state == SessionState::Connected)
        return;
    const auto it = m_slots.find(session->host().name);
    if (it == m_slots.end() || it->session != session || it->done)
        return;
    CommandResult result;
    result.error = detail.isEmpty() ? tr("connection lost") : detail;
    finishSlot(it.value(), result);
}

void RunCommandWidget::updateControls()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && !m_targets.isEmpty() && !m_command->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
}

void RunCommandWidget::retranslateUi()
{
    m_command->setPlaceholderText(tr("Run a command on the selected hosts, e.g. docker ps"));
    m_sudo->setText(tr("as &root (sudo)"));
    m_sudo->setToolTip(tr("Run the command through sudo; Lotsen asks for the sudo password when needed"));
    m_wrap->setText(tr("&Wrap long lines"));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run the command on every selected host at once (Enter)"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop the command on the hosts where it is still running (sends TERM)"));
    if (m_targets.isEmpty())
        m_targetsLabel->setText(tr("No hosts selected."));
    else
        m_targetsLabel->setText(tr("Runs on %n host(s): %1", nullptr, static_cast<int>(m_targets.size()))
                                    .arg(m_targets.join(QStringLiteral(", "))));
    m_empty->setText(tr("Select hosts or a group in the host list, type a command above and press Run.\n"
                        "Each host's output appears in its own column, with its exit code."));
}

void RunCommandWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Lotsen
