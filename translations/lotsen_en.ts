<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FactsFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being removed</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <comment>container state</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::AuditLog</name>
    <message>
        <source>Cannot create the audit log folder %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the audit log %1 private: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::Cli</name>
    <message>
        <source>--lang takes sv or en, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of host %1 can&apos;t be established.
%2 key fingerprint is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to continue connecting (yes/no)? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec needs HOST -- CMD [ARG...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key not verified and no terminal to ask on; nothing was run. Use --accept-new to record a new host&apos;s key on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lotsenctl: the command did not finish within its time limit and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lotsenctl: the command was killed by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hosts command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts add needs NAME TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for hosts add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts remove needs NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts import needs ssh-config [FILE] or ansible FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lotsenctl [--known-hosts FILE] [--accept-new] [-i KEY] [--hosts-file FILE] [--json] [--lang sv|en] COMMAND
HOST = a configured host name, [user@]address[:port], or ssh://user@address:port
  exec [--sudo] [--timeout SECONDS] HOST -- CMD [ARG...]   run one command, stream its output, exit with its code
  status HOST... [--json]                facts: OS, kernels, disks, Docker
  hosts                                  list the configured hosts
  hosts add NAME TARGET [--group G] [--tag T]...
  hosts remove NAME
  hosts import ssh-config [FILE] | ansible FILE
Exit codes: 0 ok; 1 operation failed; 2 usage or invalid input; 3 host key unknown or changed; 4 authentication failed; 5 host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status needs at least one HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OS:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Kernel:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Docker:  not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Docker:  %1, daemon not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Docker:  %1, storage driver %2, %3 images, %4 containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::CommandChannel</name>
    <message>
        <source>Could not create a channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused to start the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo did not accept the password. Run the command again and enter the right sudo password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no sudo password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo did not start the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo did not start the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s shell did not start the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s shell did not start the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended without an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DemoHosts</name>
    <message>
        <source>The demo hosts need root (they use loop devices and their own Docker engines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo script %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hosts need %1; install the packages with scripts/install-deps.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hosts did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hosts are already running in %1 (from another Lotsen?). Quit that one, or stop them with: %2 stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo script could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hosts started but %1 lists none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DetailTabs</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DisksModel</name>
    <message>
        <source>Block devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Btrfs filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds Docker&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 free · %n physical volume(s)</source>
        <translation>
            <numerusform>%1 free · %n physical volume</numerusform>
            <numerusform>%1 free · %n physical volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logical volume(s)</source>
        <translation>
            <numerusform>%n logical volume</numerusform>
            <numerusform>%n logical volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>physical volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thin pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>btrfs filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DisksPane</name>
    <message>
        <source>%1 — not found on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3), mounted at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — the devicemapper storage driver cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker data root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device-mapper in kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LVM tools:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerContainersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerFacts</name>
    <message>
        <source>the daemon&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerFactsParser</name>
    <message>
        <source>%1: the output was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json is not valid JSON; the Docker daemon will not start with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker: the login user may not use the Docker daemon (permission denied on its socket); add the user to the docker group (usermod -aG docker USER, then log in again) or connect as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker: the daemon process runs but did not answer the login user; on older Docker versions this usually means the user is not in the docker group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerImagesModel</name>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerPane</name>
    <message>
        <source>Docker is not installed on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 · server %2 · API %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running (or not reachable by this user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop-backed: unacceptable for performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool data space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool metadata space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no members (only root may use Docker)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsCollector</name>
    <message>
        <source>(refresh facts: OS, kernels, disks, Docker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsParser</name>
    <message>
        <source>%1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: output cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsStore</name>
    <message>
        <source>The refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsWarnings</name>
    <message>
        <source>Docker&apos;s devicemapper storage runs on loop devices (sparse files under %1), which is far too slow for production. Give Docker an LVM thin pool (--storage-opt dm.thinpooldev=/dev/VG/POOL) or move it to btrfs or overlay2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin pool %1: metadata is %2% full. When it runs out, the pool and Docker stop writing; extend it (lvextend --poolmetadatasize +SIZE VG/POOL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin pool %1: data is %2% full. Remove unused images and containers or extend the pool (lvextend -L +SIZE VG/POOL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1 is too old for current Docker, which needs 3.10 or later; on 2.6.32 Docker stops at 1.7.1. Install a newer kernel (e.g. kernel-ml or kernel-lt from ELRepo), make it the GRUB default and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1 is too old for current Docker, which needs 3.10 or later. Install a newer kernel, make it the GRUB default and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reboot is pending: updates (perhaps a new kernel) take effect only after the host restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory cgroup is off, so `docker run --memory` limits do not work. Add cgroup_enable=memory to the kernel command line and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap accounting is off, so containers&apos; memory limits do not cover swap. Add swapaccount=1 to the kernel command line and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 is installed but its daemon is not running. Start it (service docker start, or systemctl start docker) and check its log if it stops again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is configured for the devicemapper storage driver, but the kernel has no device-mapper. Load it (modprobe dm_thin_pool) or choose another storage driver; the daemon cannot start otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker uses the btrfs storage driver with --selinux-enabled, which btrfs does not support. Remove --selinux-enabled from the daemon options (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s data (%1) is on the root filesystem: growing images and containers can fill /. A separate disk, logical volume or btrfs filesystem keeps them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB boots kernel %1 by default, but %2 is running: after the next reboot a different kernel runs. Check grub.conf default= (or grub2-set-default) if that is not intended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostEditDialog</name>
    <message>
        <source>There is already a host named “%1”. Host names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;jump:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unique label, e.g. web1 (may be an alias from ~/.ssh/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name or IP address; empty = use the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = from ~/.ssh/config, else your local user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = ssh-agent and the default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[user@]jumphost[:port], empty = connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. prod, docker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostKeyDialog</name>
    <message>
        <source>%1 (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsen has not connected to %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsen cannot tell whether it is talking to the real host or to someone in between. Compare the fingerprint below with the host&apos;s own before you accept: on the host&apos;s console, run ssh-keygen -lf on its public host key (e.g. /etc/ssh/ssh_host_%1_key.pub). Accepting records the key in the known hosts file; later connections check against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host offered a different key from the one recorded in the known hosts file. Either the host was reinstalled or its keys were regenerated, or someone is intercepting the connection. Lotsen will not connect until the recorded key is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected host key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered a different type of host key: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file records a %1 key for this host, but the host offered a %2 key. This can follow a server upgrade, but it can also mean someone is intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the host&apos;s administrator confirms that the key changed, remove the recorded key with this command and connect again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostListController</name>
    <message>
        <source>Cannot add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n host(s) from Lotsen&apos;s list?</source>
        <translation>
            <numerusform>Remove %n host from Lotsen&apos;s list?</numerusform>
            <numerusform>Remove %n hosts from Lotsen&apos;s list?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Open connections to them are closed. Nothing changes on the hosts themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n host(s)</source>
        <translation>
            <numerusform>Removed %n host</numerusform>
            <numerusform>Removed %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 new and %2 replaced host(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some hosts were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list was not saved, because %1 could not be read at start-up (%2). Fix or move the file and restart Lotsen; until then changes last only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host list not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostOutputPanel</name>
    <message>
        <source>waiting for the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostPane</name>
    <message>
        <source>The last refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not read:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several hosts are selected.

The Overview tab compares them; double-click a host there to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host in the list to see its disks, kernels and Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: the refresh failed (see above). Press Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet — press Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh failed; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostStore</name>
    <message>
        <source>Cannot read the host list %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list %1 is damaged (%2 at byte %3). It was left unchanged; fix or move it away and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list %1 has format version %2, which this Lotsen does not understand. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list %1 has an invalid entry: %2 It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the host list %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the host list %1 private: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host called “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostTarget</name>
    <message>
        <source>“%1” is not a port number. Use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has “[” without a closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has text after “]” that is not “:port”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host given. Use a configured host name, [user@]address[:port] or ssh://user@address:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses a scheme other than ssh://. Use [user@]address[:port] or ssh://user@address:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host target. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::HostTreeModel</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::ImageReference</name>
    <message>
        <source>it has an empty name component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name component “%1” must be in lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name component “%1” may only hold lowercase letters and digits, separated by single . _ __ or hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry “%1” is not a host name with an optional :port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digest must be sha256: followed by 64 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” must start with a letter, digit or _ and hold at most 128 letters, digits, _ . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference is empty. Enter an image such as debian:12 or registry.example.com:5000/team/app:1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid image reference: %2. Use [registry[:port]/]name[:tag][@sha256:digest], for example registry.example.com:5000/team/app:1.2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::ImportDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already configured; check to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file defines no hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) selected</source>
        <translation>
            <numerusform>%1 of %n host selected</numerusform>
            <numerusform>%1 of %n hosts selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an SSH client configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Ansible inventory (INI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts from SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every concrete Host alias becomes a host with the HostName, User, Port, IdentityFile and ProxyJump that ssh would use. Wildcard patterns and Match blocks are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts from an Ansible inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts come with ansible_host, ansible_user, ansible_port and the private key file. A host&apos;s first group becomes its group; its other groups become tags. Only the INI format is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup for hosts without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::KernelsModel</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB boots this kernel next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot menu entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::KernelsPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — too old for current Docker (3.10 or newer needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB legacy (grub.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — a newer kernel or library waits for a reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot loader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULTKERNEL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limits for Docker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory cgroup on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory cgroup off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap accounting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap accounting off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limits only, no swap limits (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line: has cgroup_enable=memory and swapaccount=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line: has cgroup_enable=memory, lacks swapaccount=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line: has swapaccount=1, lacks cgroup_enable=memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line: has neither cgroup_enable=memory nor swapaccount=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed, both are on without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the missing ones in GRUB and reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but this kernel does not honour them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::LogPane</name>
    <message>
        <source>Session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections, commands and their output appear here, per host, with the time they happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::MainWindow</name>
    <message>
        <source>Could not read the host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsen — Docker hosts over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected hosts (a group means all of its hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connections to the selected hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected host&apos;s address, user, port or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected hosts from the list (nothing changes on the hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;SSH config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the hosts defined in ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Ansible inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the hosts of an Ansible INI inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosts yet.

Add one, or import your hosts from ~/.ssh/config or an Ansible inventory (File ▸ Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from SSH config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; showing English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the disks, kernels and Docker of the selected hosts again (all at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or try Lotsen on demo hosts: three hosts on this machine, each with its own sshd, Docker engine and disk on a loopback address — a CentOS 6.7 stand-in on btrfs and Debian 12 on overlay2 and on vfs. They stop when Lotsen quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start demo hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;demo hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start three demo hosts on this machine (sshd and Docker on loopback addresses) and add them to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hosts started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo hosts (about ten seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or try Lotsen on demo hosts: three hosts on this machine, each with its own sshd, Docker engine and disk on a loopback address. They need root, and Lotsen runs as %1. To get them, quit Lotsen and start it as root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hosts cannot run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::OverviewModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (worst: %1)</source>
        <translation>
            <numerusform>%n (worst: %1)</numerusform>
            <numerusform>%n (worst: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devicemapper pool data use, or the use of the filesystem that holds Docker&apos;s data root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::OverviewPane</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to refresh</source>
        <translation>
            <numerusform>%n failed to refresh</numerusform>
            <numerusform>%n failed to refresh</numerusform>
        </translation>
    </message>
    <message>
        <source>Select hosts (or a group) in the list to compare them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::ProxyJump</name>
    <message>
        <source>The %1 path “%2” contains “%”, which cannot be passed to the jump host&apos;s ssh command. Use a path without “%”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::RefreshIntervalMenu</name>
    <message>
        <source>&amp;Refresh facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the disks, kernels and Docker of connected hosts are read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lotsen::ResultSummary</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::RunCommandWidget</name>
    <message>
        <source>the host is no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command on the selected hosts, e.g. docker ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as &amp;root (sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command through sudo; Lotsen asks for the sudo password when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command on every selected host at once (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the command on the hosts where it is still running (sends TERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosts selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s): %1</source>
        <translation>
            <numerusform>Runs on %n host: %1</numerusform>
            <numerusform>Runs on %n hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select hosts or a group in the host list, type a command above and press Run.
Each host&apos;s output appears in its own column, with its exit code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::SecretDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the private key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 needs your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember until this connection closes (kept in memory only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::SessionManager</name>
    <message>
        <source>Unknown host key %1 %2: waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key refused: the host offered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key accepted and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen::SshWorker</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3. Check that the host is up, the address and port are right, and sshd is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted; nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the host key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method the host offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2 (tried: %3). Check the user name, load your key into ssh-agent or choose a key file, or enter the right password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 port %2 through the jump host %3: %4. Check that `ssh %3` works from a terminal without questions (its host key known, a key or agent to log in) and that it may forward to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered a %2 host key (%3), but %4 records only a key of another type for it: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not the one recorded in %2 (recorded: %3; offered now: %4 %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can mean someone is intercepting the connection, or that the host was reinstalled. Lotsen ran nothing. If you know the host was reinstalled, check the new fingerprint on the host&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then remove the old key with
  ssh-keygen -R &apos;%1&apos; -f &apos;%2&apos;
and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses to open a session for the command although Lotsen has no other session open on the connection (%2). Check MaxSessions in the host&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering: nothing came back for %2 s, though Lotsen asked %n time(s). The host may be hung or overloaded; check its console, then connect again.</source>
        <translation>
            <numerusform>%1 stopped answering: nothing came back for %2 s, though Lotsen asked %n time. The host may be hung or overloaded; check its console, then connect again.</numerusform>
            <numerusform>%1 stopped answering: nothing came back for %2 s, though Lotsen asked %n times. The host may be hung or overloaded; check its console, then connect again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lotsen::Validation</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an empty label between dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label “%1” is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label “%1” starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like an IPv4 address but is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an IPv6 address may be written in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host address is empty. Enter a DNS name, an IPv4 address or an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host address: %2. Use a DNS name (dot-separated labels of letters, digits and hyphens, at most 63 characters each, no hyphen at either end), an IPv4 address such as 192.0.2.10 or an IPv6 address such as 2001:db8::10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is empty. Give the host a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: %2. Use letters, digits and . _ - + @ : %, at most 253 characters, not starting with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty. Enter the name of the account to log in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with a letter or _ and may have $ only at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: %2. A user name starts with a letter or _, continues with letters, digits, _ . or -, may end in $ and has at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is not valid. Use a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with /dev/ followed by a device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an empty or “.” path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid device path: %2. Use /dev/ followed by letters, digits and / _ . : -, for example /dev/sdb or /dev/disk/by-id/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume group name is empty. Enter a name such as vg_docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 127 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“.” and “..” are reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid volume group name: %2. Use at most 127 letters, digits and + _ . -, not starting with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host “%1” is not valid. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file “%1” contains a control character such as a line break. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “%1” contains a control character such as a line break. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” contains a control character such as a line break. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
