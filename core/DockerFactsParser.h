#pragma once

#include "FactsScript.h"
#include "HostFacts.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Lotsen {

// The Docker part of the facts: client and daemon versions, storage driver and its pool, images,
// containers, how the daemon is configured and who may use it. Reads every format from Docker 1.7
// (plain text only) to current releases (`--format '{{json .}}'`). "Not installed" and "daemon not
// running" are states of DockerFacts; only what the user can fix lands in `problems`.
namespace DockerFactsParser {

void parse(const QMap<QString, FactsScript::Section>& sections, DockerFacts* docker, QStringList* problems);

// Pure pieces, public for tests.

// Docker's human sizes: "1.821 GB", "4.26MB", "8.389 kB", "0B" (decimal, as Docker prints them)
// and "3.859 GiB" (binary). -1 when the text is not a size ("N/A").
qint64 parseSize(QStringView text);

// "Up 2 hours" → running, "Up 5 s (Paused)" → paused, "Exited (0) …" → exited, "Created" → created.
QString stateFromStatus(const QString& status);

// Splits a shell-style argument string (sysconfig other_args, ps output) into words, honouring
// single and double quotes and backslashes. No expansion.
QStringList splitArguments(const QString& text);

// A table as `docker images`/`docker ps` print it (tabwriter, columns at least 2 spaces apart,
// empty cells possible): the header's column names, then one row of cells per line.
QList<QStringList> parseTable(const QByteArray& text);

// The flags of the first Docker daemon in the "dockerd-args" section's output (one command line a
// line: "/usr/bin/dockerd -H fd://", "/usr/bin/docker daemon …", "docker -d"); client processes
// are skipped. nullopt when no line is a daemon.
std::optional<QStringList> daemonCommandLine(const QByteArray& dockerdArgs);

// The storage driver the daemon uses, or else the one its options configure; empty if neither.
QString configuredStorageDriver(const DockerFacts& docker);

} // namespace DockerFactsParser
} // namespace Lotsen
