#pragma once

#include "HostFacts.h"

namespace Lotsen::WarningTopics {

// Which pane lists a warning, from its stable code ("loop-devicemapper" → disks and Docker,
// "kernel-too-old" → kernels). A code no topic claims shows on every pane, so none is lost.
bool isDisks(const FactsWarning& warning);
bool isKernels(const FactsWarning& warning);
bool isDocker(const FactsWarning& warning);

} // namespace Lotsen::WarningTopics
