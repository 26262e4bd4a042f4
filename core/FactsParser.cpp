#include "FactsParser.h"

#include "DiskFactsParser.h"
#include "DockerFactsParser.h"
#include "FactsSections.h"
#include "FactsWarnings.h"
#include "KernelFactsParser.h"
#include "OsFactsParser.h"

namespace Lotsen::FactsParser {
namespace {

// Docker's data root lives wherever DockerRootDir says (the daemon resolves symlinks in it), else in
// /var/lib/docker, also before Docker is installed: the mount table (df) tells what holds it.
void applyDockerRoot(const QMap<QString, FactsScript::Section>& sections, HostFacts* facts)
{
    const QString root =
        facts->docker.dataRoot.isEmpty() ? QStringLiteral("/var/lib/docker") : facts->docker.dataRoot;
    DiskFactsParser::applyDockerRootFromMounts(
        DiskFactsParser::parseDf(FactsSections::output(sections, QStringLiteral("df"))), root, &facts->disks);
}

} // namespace

HostFacts parse(const QByteArray& scriptOutput)
{
    return parse(FactsScript::split(scriptOutput));
}

HostFacts parse(const QMap<QString, FactsScript::Section>& sections)
{
    HostFacts facts;
    facts.os = OsFactsParser::parse(sections, &facts.problems);
    facts.kernel = KernelFactsParser::parse(sections, &facts.problems);
    facts.disks = DiskFactsParser::parse(sections, &facts.problems);
    DockerFactsParser::parse(sections, &facts.docker, &facts.problems);
    applyDockerRoot(sections, &facts);
    FactsWarnings::evaluate(&facts);
    return facts;
}

} // namespace Lotsen::FactsParser
