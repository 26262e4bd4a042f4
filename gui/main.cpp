// lotsen: the desktop program.
#include "HostSession.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>

#include <csignal>

int main(int argc, char* argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // a dropped connection must be an error, not the end of the program
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lotsen"));
    QApplication::setOrganizationName(QStringLiteral("Lotsen"));
    QApplication::setApplicationVersion(QStringLiteral(LOTSEN_VERSION));
    Lotsen::Translations::load(QString());
    int code = 0;
    {
        Lotsen::MainWindow window;
        window.show();
        code = QApplication::exec();
    }
    // The window's sessions disconnect on their own threads; let them finish before Qt goes.
    Lotsen::HostSession::waitForWorkers();
    return code;
}
