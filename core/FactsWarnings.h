#pragma once

#include "HostFacts.h"

namespace Lotsen {

// Turns what a refresh learned into advice a sysadmin can act on: loop-backed devicemapper, full
// thin pools, kernels too old for Docker, missing cgroup accounting, a kernel GRUB will not boot,
// … Each warning has a stable code for scripts and a translated text for people.
namespace FactsWarnings {

// Appends to facts->warnings; reads only what is known (unknown facts never warn).
void evaluate(HostFacts* facts);

// "2.6.32-573.el6.x86_64" < 3.10? False when the version cannot be read.
bool kernelOlderThan(const QString& release, int major, int minor);

} // namespace FactsWarnings
} // namespace Lotsen
