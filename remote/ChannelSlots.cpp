#include "ChannelSlots.h"

#include <algorithm>

namespace Lotsen {
namespace {

// sshd frees a closed channel's slot only on its next pass, so a channel opened right after one of
// ours closed may be refused although the slot is as good as free: try again shortly, a few times.
constexpr int QuickRetries = 4;
constexpr int FirstRetryMs = 50;

} // namespace

ChannelSlots::ChannelSlots(int configured)
    : m_configured(std::max(1, configured))
{}

int ChannelSlots::limit() const
{
    return m_serverLimit > 0 ? std::min(m_configured, m_serverLimit) : m_configured;
}

bool ChannelSlots::mayOpen(int open, Kind kind) const
{
    if (m_blocked)
        return false;
    const int all = limit();
    return kind == Kind::Control ? open < all : open < std::max(1, all - 1);
}

void ChannelSlots::opened(int open)
{
    m_peak = std::max(m_peak, open);
    m_retries = 0;
}

int ChannelSlots::refused(int open)
{
    if (open > 0)
        m_serverLimit = std::max(open, m_peak); // at least what it once let us hold
    if (m_retries < QuickRetries) {
        m_blocked = true;
        return FirstRetryMs << m_retries++;
    }
    if (open == 0)
        return -1;
    m_blocked = true;
    return 0;
}

void ChannelSlots::channelClosed()
{
    m_blocked = false;
    m_retries = 0;
}

void ChannelSlots::reset()
{
    m_serverLimit = 0;
    m_peak = 0;
    m_retries = 0;
    m_blocked = false;
}

} // namespace Lotsen
