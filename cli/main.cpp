#include "Cli.h"
#include "HostSession.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char** argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lotsen"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = Lotsen::Cli(arguments).run();
    Lotsen::HostSession::waitForWorkers();
    return code;
}
