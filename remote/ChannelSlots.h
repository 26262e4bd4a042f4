#pragma once

namespace Lotsen {

// Decides when a worker may open another channel on its one connection. sshd refuses channels
// beyond its MaxSessions (default 10) without ever announcing that number, so a refusal while
// some of our channels are open teaches it; commands then wait for one of ours to close. One
// channel stays free for cancel's kill command, which must not wait behind the commands it stops.
class ChannelSlots
{
public:
    enum class Kind
    {
        Command,
        Control // cancel's kill
    };

    explicit ChannelSlots(int configured); // SessionOptions::maxChannels, kill commands included

    bool mayOpen(int open, Kind kind) const;
    void opened(int open); // open: our channels now open, the new one included
    // The server refused a channel while `open` of ours were open. Returns the milliseconds to
    // wait before trying again, 0 to wait for one of our channels to close, or -1 when, with none
    // of ours open, the server still refuses: it refuses sessions.
    int refused(int open);
    void channelClosed();
    void retryDue() { m_blocked = false; }
    void reset();

private:
    int limit() const;

    int m_configured;
    int m_serverLimit = 0; // learned from a refusal; 0 while unknown
    int m_peak = 0;        // most channels the server has let us hold at once
    int m_retries = 0;     // quick retries since a channel last opened or closed
    bool m_blocked = false;
};

} // namespace Lotsen
