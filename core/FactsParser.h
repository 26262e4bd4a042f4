#pragma once

#include "FactsScript.h"
#include "HostFacts.h"

namespace Lotsen {

// Turns the facts script's output into HostFacts: splits it into sections and hands each to its
// parser. Pure; never throws; what cannot be read ends up in HostFacts::problems.
namespace FactsParser {

HostFacts parse(const QByteArray& scriptOutput);
HostFacts parse(const QMap<QString, FactsScript::Section>& sections);

} // namespace FactsParser
} // namespace Lotsen
