#include "CommandLine.h"
#include "RemoteWrapper.h"

#include <QProcess>
#include <QTest>

using namespace Lotsen;

class TestRemoteWrapper : public QObject
{
    Q_OBJECT

    // Runs the wrapped line locally the way sshd would: the login shell with -c.
    static QProcess* runLocally(const QByteArray& line)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(line)});
        return process;
    }

private Q_SLOTS:
    void readyLineCarriesTheProcessGroupAndIsHidden()
    {
        RemoteWrapper wrapper(false, "[P]", "[R]");
        QByteArray passthrough;
        QCOMPARE(wrapper.feed("[R] 12", &passthrough), QList<RemoteWrapper::Event>{});
        QVERIFY(!wrapper.isReady());
        QCOMPARE(wrapper.feed("34\nfirst stderr", &passthrough),
                 QList<RemoteWrapper::Event>{RemoteWrapper::Event::Ready});
        QCOMPARE(wrapper.processGroup(), qint64(1234));
        QCOMPARE(passthrough, QByteArray("first stderr"));
        wrapper.feed("\n[R] 99\n", &passthrough); // after ready, even a marker is the command's text
        QCOMPARE(passthrough, QByteArray("first stderr\n[R] 99\n"));
    }

    void sudoPromptSplitAcrossChunks()
    {
        RemoteWrapper wrapper(true, "[lotsen-sudo-x]", "[R]");
        QByteArray passthrough;
        QVERIFY(wrapper.feed("[lotsen-su", &passthrough).isEmpty());
        QCOMPARE(wrapper.feed("do-x]", &passthrough),
                 QList<RemoteWrapper::Event>{RemoteWrapper::Event::PasswordWanted});
        QCOMPARE(wrapper.feed("[R] 7\n", &passthrough),
                 QList<RemoteWrapper::Event>{RemoteWrapper::Event::Ready});
        QVERIFY(passthrough.isEmpty());
    }

    void secondPromptMeansWrongPassword()
    {
        RemoteWrapper wrapper(true, "[S]", "[R]");
        QByteArray passthrough;
        QCOMPARE(wrapper.feed("[S]", &passthrough),
                 QList<RemoteWrapper::Event>{RemoteWrapper::Event::PasswordWanted});
        QCOMPARE(wrapper.feed("Sorry, try again.\n[S]", &passthrough),
                 QList<RemoteWrapper::Event>{RemoteWrapper::Event::WrongPassword});
        QCOMPARE(wrapper.messagesBeforeStart(), QByteArray("Sorry, try again."));
        QVERIFY(passthrough.isEmpty());
    }

    void withoutSudoAPromptLookalikeIsNotAPrompt()
    {
        RemoteWrapper wrapper(false, "[S]", "[R]");
        QByteArray passthrough;
        QVERIFY(wrapper.feed("[S]", &passthrough).isEmpty());
        QCOMPARE(wrapper.messagesBeforeStart(), QByteArray("[S]"));
    }

    void markersAreRandom()
    {
        const QByteArray a = RemoteWrapper(true).wrap("true");
        const QByteArray b = RemoteWrapper(true).wrap("true");
        QVERIFY(a != b);
        QVERIFY(a.startsWith("sudo -S -p "));
    }

    void wrappedLineRunsTheCommandByteForByte()
    {
        const QString hostile = QStringLiteral("a'b\"c $(x) `y` ; | & \n ä");
        RemoteWrapper wrapper(false);
        const QByteArray line =
            wrapper.wrap(CommandLine(QStringLiteral("printf"), {QStringLiteral("%s"), hostile}).toShell());
        std::unique_ptr<QProcess> process(runLocally(line));
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(process->exitCode(), 0);
        QCOMPARE(process->readAllStandardOutput(), hostile.toUtf8());
        QByteArray passthrough;
        wrapper.feed(process->readAllStandardError(), &passthrough);
        QVERIFY(wrapper.isReady());
        QVERIFY(wrapper.processGroup() > 1);
        QVERIFY(passthrough.isEmpty());
    }

    void commandStdinComesAfterReady()
    {
        RemoteWrapper wrapper(false);
        std::unique_ptr<QProcess> process(runLocally(wrapper.wrap("cat")));
        QVERIFY(process->waitForStarted());
        process->write("input\n");
        process->closeWriteChannel();
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(process->readAllStandardOutput(), QByteArray("input\n"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteWrapper)
#include "TestRemoteWrapper.moc"
