<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>FactsFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 använt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 av %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>för %n s sedan</numerusform>
            <numerusform>för %n s sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>för %n min sedan</numerusform>
            <numerusform>för %n min sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>för %n h sedan</numerusform>
            <numerusform>för %n h sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisk</translation>
    </message>
    <message>
        <source>running</source>
        <comment>container state</comment>
        <translation>körs</translation>
    </message>
    <message>
        <source>exited</source>
        <comment>container state</comment>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>created</source>
        <comment>container state</comment>
        <translation>skapad</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>container state</comment>
        <translation>pausad</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>container state</comment>
        <translation>startar om</translation>
    </message>
    <message>
        <source>being removed</source>
        <comment>container state</comment>
        <translation>tas bort</translation>
    </message>
    <message>
        <source>dead</source>
        <comment>container state</comment>
        <translation>död</translation>
    </message>
</context>
<context>
    <name>Lotsen::AuditLog</name>
    <message>
        <source>Cannot create the audit log folder %1. Check that you may write there.</source>
        <translation>Kan inte skapa mappen för granskningsloggen %1. Kontrollera att du har skrivrättigheter där.</translation>
    </message>
    <message>
        <source>Cannot write the audit log %1: %2.</source>
        <translation>Kan inte skriva granskningsloggen %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make the audit log %1 private: %2.</source>
        <translation>Kan inte göra granskningsloggen %1 privat: %2.</translation>
    </message>
</context>
<context>
    <name>Lotsen::Cli</name>
    <message>
        <source>--lang takes sv or en, not %1</source>
        <translation>--lang accepterar sv eller en, inte %1</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>okänd flagga %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 behöver ett värde</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>okänt kommando %1</translation>
    </message>
    <message>
        <source>The authenticity of host %1 can&apos;t be established.
%2 key fingerprint is %3.</source>
        <translation>Äktheten för värden %1 kan inte fastställas.
Fingeravtrycket för %2-nyckeln är %3.</translation>
    </message>
    <message>
        <source>Are you sure you want to continue connecting (yes/no)? </source>
        <translation>Är du säker på att du vill fortsätta ansluta (yes/no)? </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout kräver ett antal sekunder</translation>
    </message>
    <message>
        <source>unknown option %1 for exec</source>
        <translation>okänd flagga %1 för exec</translation>
    </message>
    <message>
        <source>exec needs HOST -- CMD [ARG...]</source>
        <translation>exec behöver HOST -- CMD [ARG...]</translation>
    </message>
    <message>
        <source>Host key not verified and no terminal to ask on; nothing was run. Use --accept-new to record a new host&apos;s key on first use.</source>
        <translation>Värdnyckeln är inte verifierad och det finns ingen terminal att fråga i; ingenting kördes. Använd --accept-new för att spara en ny värds nyckel första gången.</translation>
    </message>
    <message>
        <source>lotsenctl: the command did not finish within its time limit and was stopped.</source>
        <translation>lotsenctl: kommandot blev inte klart inom sin tidsgräns och stoppades.</translation>
    </message>
    <message>
        <source>lotsenctl: the command was killed by signal %1.</source>
        <translation>lotsenctl: kommandot dödades av signal %1.</translation>
    </message>
    <message>
        <source>unknown hosts command %1</source>
        <translation>okänt hosts-kommando %1</translation>
    </message>
    <message>
        <source>hosts add needs NAME TARGET</source>
        <translation>hosts add behöver NAME TARGET</translation>
    </message>
    <message>
        <source>unknown option %1 for hosts add</source>
        <translation>okänd flagga %1 för hosts add</translation>
    </message>
    <message>
        <source>hosts remove needs NAME</source>
        <translation>hosts remove behöver NAME</translation>
    </message>
    <message>
        <source>hosts import needs ssh-config [FILE] or ansible FILE</source>
        <translation>hosts import behöver ssh-config [FILE] eller ansible FILE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 of %2 hosts.</source>
        <translation>Importerade %1 av %2 värdar.</translation>
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
        <translation>Användning: lotsenctl [--known-hosts FILE] [--accept-new] [-i KEY] [--hosts-file FILE] [--json] [--lang sv|en] COMMAND
HOST = ett konfigurerat värdnamn, [user@]address[:port] eller ssh://user@address:port
  exec [--sudo] [--timeout SECONDS] HOST -- CMD [ARG...]   kör ett kommando, strömma utdata, avsluta med dess slutkod
  status HOST... [--json]                fakta: OS, kärnor, diskar, Docker
  hosts                                  lista de konfigurerade värdarna
  hosts add NAME TARGET [--group G] [--tag T]...
  hosts remove NAME
  hosts import ssh-config [FILE] | ansible FILE
Slutkoder: 0 ok; 1 åtgärden misslyckades; 2 felaktig användning eller ogiltig indata; 3 värdnyckeln okänd eller ändrad; 4 autentiseringen misslyckades; 5 värden kan inte nås</translation>
    </message>
    <message>
        <source>status needs at least one HOST</source>
        <translation>status behöver minst en HOST</translation>
    </message>
    <message>
        <source>  OS:      %1</source>
        <translation>  OS:      %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>  Kernel:  %1</source>
        <translation>  Kärna:   %1</translation>
    </message>
    <message>
        <source>  Docker:  not installed</source>
        <translation>  Docker:  inte installerat</translation>
    </message>
    <message>
        <source>  Docker:  %1, daemon not running</source>
        <translation>  Docker:  %1, tjänsten körs inte</translation>
    </message>
    <message>
        <source>  Docker:  %1, storage driver %2, %3 images, %4 containers</source>
        <translation>  Docker:  %1, lagringsdrivrutin %2, %3 avbilder, %4 behållare</translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation>  Varning: %1</translation>
    </message>
    <message>
        <source>  Problem: %1</source>
        <translation>  Problem: %1</translation>
    </message>
</context>
<context>
    <name>Lotsen::CommandChannel</name>
    <message>
        <source>Could not create a channel: %1</source>
        <translation>Kunde inte skapa en kanal: %1</translation>
    </message>
    <message>
        <source>The host refused to start the command: %1</source>
        <translation>Värden vägrade starta kommandot: %1</translation>
    </message>
    <message>
        <source>sudo did not accept the password. Run the command again and enter the right sudo password for %1.</source>
        <translation>sudo godtog inte lösenordet. Kör kommandot igen och ange rätt sudo-lösenord för %1.</translation>
    </message>
    <message>
        <source>Cancelled: no sudo password was given.</source>
        <translation>Avbrutet: inget sudo-lösenord angavs.</translation>
    </message>
    <message>
        <source>sudo did not start the command.</source>
        <translation>sudo startade inte kommandot.</translation>
    </message>
    <message>
        <source>sudo did not start the command: %1</source>
        <translation>sudo startade inte kommandot: %1</translation>
    </message>
    <message>
        <source>The host&apos;s shell did not start the command.</source>
        <translation>Värdens skal startade inte kommandot.</translation>
    </message>
    <message>
        <source>The host&apos;s shell did not start the command: %1</source>
        <translation>Värdens skal startade inte kommandot: %1</translation>
    </message>
    <message>
        <source>The command ended without an exit status.</source>
        <translation>Kommandot avslutades utan slutstatus.</translation>
    </message>
</context>
<context>
    <name>Lotsen::DemoHosts</name>
    <message>
        <source>The demo hosts need root (they use loop devices and their own Docker engines).</source>
        <translation>Demovärdarna kräver root (de använder loop-enheter och egna Docker-motorer).</translation>
    </message>
    <message>
        <source>The demo script %1 is missing.</source>
        <translation>Demoskriptet %1 saknas.</translation>
    </message>
    <message>
        <source>The demo hosts need %1; install the packages with scripts/install-deps.sh.</source>
        <translation>Demovärdarna behöver %1; installera paketen med scripts/install-deps.sh.</translation>
    </message>
    <message>
        <source>The demo hosts did not start: %1</source>
        <translation>Demovärdarna startade inte: %1</translation>
    </message>
    <message>
        <source>Demo hosts</source>
        <translation>Demovärdar</translation>
    </message>
    <message>
        <source>Demo hosts are already running in %1 (from another Lotsen?). Quit that one, or stop them with: %2 stop %1</source>
        <translation>Demovärdar körs redan i %1 (från en annan Lotsen?). Avsluta den, eller stoppa dem med: %2 stop %1</translation>
    </message>
    <message>
        <source>The demo script could not be started: %1</source>
        <translation>Demoskriptet kunde inte startas: %1</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>inget meddelande</translation>
    </message>
    <message>
        <source>The demo hosts started but %1 lists none.</source>
        <translation>Demovärdarna startade men %1 listar inga.</translation>
    </message>
</context>
<context>
    <name>Lotsen::DetailTabs</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Diskar</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Kärnor</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
</context>
<context>
    <name>Lotsen::DisksModel</name>
    <message>
        <source>Block devices</source>
        <translation>Blockenheter</translation>
    </message>
    <message>
        <source>LVM</source>
        <translation>LVM</translation>
    </message>
    <message>
        <source>Btrfs filesystems</source>
        <translation>Btrfs-filsystem</translation>
    </message>
    <message>
        <source>holds Docker&apos;s data</source>
        <translation>innehåller Dockers data</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>etikett %1</translation>
    </message>
    <message>
        <source>volume group</source>
        <translation>volymgrupp</translation>
    </message>
    <message numerus="yes">
        <source>%1 free · %n physical volume(s)</source>
        <translation>
            <numerusform>%1 ledigt · %n fysisk volym</numerusform>
            <numerusform>%1 ledigt · %n fysiska volymer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logical volume(s)</source>
        <translation>
            <numerusform>%n logisk volym</numerusform>
            <numerusform>%n logiska volymer</numerusform>
        </translation>
    </message>
    <message>
        <source>physical volume</source>
        <translation>fysisk volym</translation>
    </message>
    <message>
        <source>not in a volume group</source>
        <translation>inte i någon volymgrupp</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 ledigt</translation>
    </message>
    <message>
        <source>thin pool</source>
        <translation>tunn pool</translation>
    </message>
    <message>
        <source>logical volume</source>
        <translation>logisk volym</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>data %1</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>metadata %1</translation>
    </message>
    <message>
        <source>btrfs filesystem</source>
        <translation>btrfs-filsystem</translation>
    </message>
    <message>
        <source>%1 used on %2</source>
        <translation>%1 använt på %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Filsystem</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Monteringspunkt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Använt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>Lotsen::DisksPane</name>
    <message>
        <source>%1 — not found on this host</source>
        <translation>%1 — hittades inte på den här värden</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), mounted at %4</source>
        <translation>%1 på %2 (%3), monterad på %4</translation>
    </message>
    <message>
        <source>unknown filesystem</source>
        <translation>okänt filsystem</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — the devicemapper storage driver cannot work</source>
        <translation>nej — lagringsdrivrutinen devicemapper kan inte fungera</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installerade</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>inte installerade</translation>
    </message>
    <message>
        <source>Docker data root:</source>
        <translation>Dockers datakatalog:</translation>
    </message>
    <message>
        <source>Space there:</source>
        <translation>Utrymme där:</translation>
    </message>
    <message>
        <source>Device-mapper in kernel:</source>
        <translation>Device-mapper i kärnan:</translation>
    </message>
    <message>
        <source>LVM tools:</source>
        <translation>LVM-verktyg:</translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerContainersModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Avbild</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portar</translation>
    </message>
    <message>
        <source>Docker reports: %1</source>
        <translation>Docker rapporterar: %1</translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerFacts</name>
    <message>
        <source>the daemon&apos;s command line</source>
        <translation>tjänstens kommandorad</translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerFactsParser</name>
    <message>
        <source>%1: the output was cut short</source>
        <translation>%1: utdata blev avkortad</translation>
    </message>
    <message>
        <source>%1: the output could not be read</source>
        <translation>%1: utdata kunde inte läsas</translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json is not valid JSON; the Docker daemon will not start with it</source>
        <translation>/etc/docker/daemon.json är inte giltig JSON; Docker-tjänsten startar inte med den</translation>
    </message>
    <message>
        <source>Docker: the login user may not use the Docker daemon (permission denied on its socket); add the user to the docker group (usermod -aG docker USER, then log in again) or connect as root</source>
        <translation>Docker: inloggningsanvändaren får inte använda Docker-tjänsten (åtkomst nekad till dess socket); lägg till användaren i gruppen docker (usermod -aG docker USER och logga sedan in igen) eller anslut som root</translation>
    </message>
    <message>
        <source>Docker: the daemon process runs but did not answer the login user; on older Docker versions this usually means the user is not in the docker group</source>
        <translation>Docker: tjänstens process körs men svarade inte inloggningsanvändaren; i äldre Docker-versioner betyder det oftast att användaren inte är med i gruppen docker</translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerImagesModel</name>
    <message>
        <source>Repository</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Avbilds-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
</context>
<context>
    <name>Lotsen::DockerPane</name>
    <message>
        <source>Docker is not installed on this host.</source>
        <translation>Docker är inte installerat på den här värden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>client %1 · server %2 · API %3</source>
        <translation>klient %1 · server %2 · API %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>körs</translation>
    </message>
    <message>
        <source>not running (or not reachable by this user)</source>
        <translation>körs inte (eller kan inte nås av den här användaren)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>loop-backed: unacceptable for performance</source>
        <translation>loop-baserad: oacceptabel prestanda</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(standard)</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
från %2</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Avbilder (%1)</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Behållare (%1)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Daemon:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <source>Storage driver:</source>
        <translation>Lagringsdrivrutin:</translation>
    </message>
    <message>
        <source>Data root:</source>
        <translation>Datakatalog:</translation>
    </message>
    <message>
        <source>Pool data space:</source>
        <translation>Datautrymme i poolen:</translation>
    </message>
    <message>
        <source>Pool metadata space:</source>
        <translation>Metadatautrymme i poolen:</translation>
    </message>
    <message>
        <source>Daemon options:</source>
        <translation>Tjänstens flaggor:</translation>
    </message>
    <message>
        <source>docker group:</source>
        <translation>Gruppen docker:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Avbilder</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Behållare</translation>
    </message>
    <message>
        <source>no members (only root may use Docker)</source>
        <translation>inga medlemmar (bara root får använda Docker)</translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsCollector</name>
    <message>
        <source>(refresh facts: OS, kernels, disks, Docker)</source>
        <translation>(läs in fakta: OS, kärnor, diskar, Docker)</translation>
    </message>
    <message>
        <source>The refresh was stopped before it finished.</source>
        <translation>Inläsningen stoppades innan den var klar.</translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsParser</name>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: åtkomst nekad</translation>
    </message>
    <message>
        <source>%1: output cut short</source>
        <translation>%1: utdata avkortad</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: misslyckades: %2</translation>
    </message>
    <message>
        <source>%1: unreadable output</source>
        <translation>%1: oläsbar utdata</translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsStore</name>
    <message>
        <source>The refresh failed.</source>
        <translation>Inläsningen misslyckades.</translation>
    </message>
</context>
<context>
    <name>Lotsen::FactsWarnings</name>
    <message>
        <source>Docker&apos;s devicemapper storage runs on loop devices (sparse files under %1), which is far too slow for production. Give Docker an LVM thin pool (--storage-opt dm.thinpooldev=/dev/VG/POOL) or move it to btrfs or overlay2.</source>
        <translation>Dockers devicemapper-lagring ligger på loop-enheter (glesa filer under %1), vilket är alldeles för långsamt för produktion. Ge Docker en tunn LVM-pool (--storage-opt dm.thinpooldev=/dev/VG/POOL) eller flytta den till btrfs eller overlay2.</translation>
    </message>
    <message>
        <source>Thin pool %1: metadata is %2% full. When it runs out, the pool and Docker stop writing; extend it (lvextend --poolmetadatasize +SIZE VG/POOL).</source>
        <translation>Tunna poolen %1: metadata är %2 % full. När den tar slut slutar poolen och Docker att skriva; utöka den (lvextend --poolmetadatasize +STORLEK VG/POOL).</translation>
    </message>
    <message>
        <source>Thin pool %1: data is %2% full. Remove unused images and containers or extend the pool (lvextend -L +SIZE VG/POOL).</source>
        <translation>Tunna poolen %1: data är %2 % full. Ta bort oanvända avbilder och behållare eller utöka poolen (lvextend -L +STORLEK VG/POOL).</translation>
    </message>
    <message>
        <source>Kernel %1 is too old for current Docker, which needs 3.10 or later; on 2.6.32 Docker stops at 1.7.1. Install a newer kernel (e.g. kernel-ml or kernel-lt from ELRepo), make it the GRUB default and reboot.</source>
        <translation>Kärnan %1 är för gammal för dagens Docker, som kräver 3.10 eller senare; på 2.6.32 går Docker inte längre än 1.7.1. Installera en nyare kärna (t.ex. kernel-ml eller kernel-lt från ELRepo), gör den till standard i GRUB och starta om.</translation>
    </message>
    <message>
        <source>Kernel %1 is too old for current Docker, which needs 3.10 or later. Install a newer kernel, make it the GRUB default and reboot.</source>
        <translation>Kärnan %1 är för gammal för dagens Docker, som kräver 3.10 eller senare. Installera en nyare kärna, gör den till standard i GRUB och starta om.</translation>
    </message>
    <message>
        <source>A reboot is pending: updates (perhaps a new kernel) take effect only after the host restarts.</source>
        <translation>En omstart väntar: uppdateringar (kanske en ny kärna) börjar gälla först när värden har startats om.</translation>
    </message>
    <message>
        <source>The memory cgroup is off, so `docker run --memory` limits do not work. Add cgroup_enable=memory to the kernel command line and reboot.</source>
        <translation>Minnes-cgroup är avstängd, så gränser med `docker run --memory` fungerar inte. Lägg till cgroup_enable=memory på kärnans kommandorad och starta om.</translation>
    </message>
    <message>
        <source>Swap accounting is off, so containers&apos; memory limits do not cover swap. Add swapaccount=1 to the kernel command line and reboot.</source>
        <translation>Swapredovisning är avstängd, så behållarnas minnesgränser omfattar inte swap. Lägg till swapaccount=1 på kärnans kommandorad och starta om.</translation>
    </message>
    <message>
        <source>Docker %1 is installed but its daemon is not running. Start it (service docker start, or systemctl start docker) and check its log if it stops again.</source>
        <translation>Docker %1 är installerat men tjänsten körs inte. Starta den (service docker start eller systemctl start docker) och läs dess logg om den stannar igen.</translation>
    </message>
    <message>
        <source>Docker is configured for the devicemapper storage driver, but the kernel has no device-mapper. Load it (modprobe dm_thin_pool) or choose another storage driver; the daemon cannot start otherwise.</source>
        <translation>Docker är inställt på lagringsdrivrutinen devicemapper, men kärnan saknar device-mapper. Läs in den (modprobe dm_thin_pool) eller välj en annan lagringsdrivrutin; annars kan tjänsten inte starta.</translation>
    </message>
    <message>
        <source>Docker uses the btrfs storage driver with --selinux-enabled, which btrfs does not support. Remove --selinux-enabled from the daemon options (%1).</source>
        <translation>Docker använder lagringsdrivrutinen btrfs med --selinux-enabled, vilket btrfs inte stöder. Ta bort --selinux-enabled från tjänstens flaggor (%1).</translation>
    </message>
    <message>
        <source>Docker&apos;s data (%1) is on the root filesystem: growing images and containers can fill /. A separate disk, logical volume or btrfs filesystem keeps them apart.</source>
        <translation>Dockers data (%1) ligger på rotfilsystemet: växande avbilder och behållare kan fylla /. En separat disk, logisk volym eller ett btrfs-filsystem håller isär dem.</translation>
    </message>
    <message>
        <source>GRUB boots kernel %1 by default, but %2 is running: after the next reboot a different kernel runs. Check grub.conf default= (or grub2-set-default) if that is not intended.</source>
        <translation>GRUB startar kärnan %1 som standard, men %2 körs: efter nästa omstart körs en annan kärna. Kontrollera default= i grub.conf (eller grub2-set-default) om det inte är meningen.</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostEditDialog</name>
    <message>
        <source>There is already a host named “%1”. Host names must be unique.</source>
        <translation>Det finns redan en värd som heter “%1”. Värdnamn måste vara unika.</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Välj en privat nyckel</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Lägg till värd</translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation>Redigera värd %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>An&amp;vändare:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Nyc&amp;kelfil:</translation>
    </message>
    <message>
        <source>Proxy &amp;jump:</source>
        <translation>&amp;Hoppvärd:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <source>a unique label, e.g. web1 (may be an alias from ~/.ssh/config)</source>
        <translation>en unik etikett, t.ex. web1 (kan vara ett alias från ~/.ssh/config)</translation>
    </message>
    <message>
        <source>DNS name or IP address; empty = use the name</source>
        <translation>DNS-namn eller IP-adress; tomt = använd namnet</translation>
    </message>
    <message>
        <source>empty = from ~/.ssh/config, else your local user</source>
        <translation>tomt = från ~/.ssh/config, annars din lokala användare</translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation>standard (22)</translation>
    </message>
    <message>
        <source>empty = ssh-agent and the default keys</source>
        <translation>tomt = ssh-agent och standardnycklarna</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>[user@]jumphost[:port], empty = connect directly</source>
        <translation>[user@]jumphost[:port], tomt = anslut direkt</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>ingen grupp</translation>
    </message>
    <message>
        <source>comma-separated, e.g. prod, docker</source>
        <translation>kommaseparerade, t.ex. prod, docker</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostKeyDialog</name>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bitar)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Värd:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Nyckeltyp:</translation>
    </message>
    <message>
        <source>Known hosts file:</source>
        <translation>Fil med kända värdar:</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Okänd värdnyckel</translation>
    </message>
    <message>
        <source>Lotsen has not connected to %1 before</source>
        <translation>Lotsen har inte anslutit till %1 tidigare</translation>
    </message>
    <message>
        <source>Lotsen cannot tell whether it is talking to the real host or to someone in between. Compare the fingerprint below with the host&apos;s own before you accept: on the host&apos;s console, run ssh-keygen -lf on its public host key (e.g. /etc/ssh/ssh_host_%1_key.pub). Accepting records the key in the known hosts file; later connections check against it.</source>
        <translation>Lotsen kan inte avgöra om den talar med den riktiga värden eller med någon däremellan. Jämför fingeravtrycket nedan med värdens eget innan du godkänner: kör ssh-keygen -lf på värdens publika värdnyckel (t.ex. /etc/ssh/ssh_host_%1_key.pub) från värdens konsol. Om du godkänner sparas nyckeln i filen med kända värdar, och senare anslutningar kontrolleras mot den.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>&amp;Accept and remember</source>
        <translation>&amp;Godkänn och kom ihåg</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Värdnyckeln har ändrats</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: connection refused</source>
        <translation>Värdnyckeln för %1 har ändrats: anslutningen nekades</translation>
    </message>
    <message>
        <source>The host offered a different key from the one recorded in the known hosts file. Either the host was reinstalled or its keys were regenerated, or someone is intercepting the connection. Lotsen will not connect until the recorded key is removed.</source>
        <translation>Värden erbjöd en annan nyckel än den som är sparad i filen med kända värdar. Antingen har värden installerats om eller dess nycklar genererats på nytt, eller så avlyssnar någon anslutningen. Lotsen ansluter inte förrän den sparade nyckeln har tagits bort.</translation>
    </message>
    <message>
        <source>Recorded fingerprint:</source>
        <translation>Sparat fingeravtryck:</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(kunde inte läsas)</translation>
    </message>
    <message>
        <source>Offered fingerprint:</source>
        <translation>Erbjudet fingeravtryck:</translation>
    </message>
    <message>
        <source>Unexpected host key type</source>
        <translation>Oväntad typ av värdnyckel</translation>
    </message>
    <message>
        <source>%1 offered a different type of host key: connection refused</source>
        <translation>%1 erbjöd en annan typ av värdnyckel: anslutningen nekades</translation>
    </message>
    <message>
        <source>The known hosts file records a %1 key for this host, but the host offered a %2 key. This can follow a server upgrade, but it can also mean someone is intercepting the connection.</source>
        <translation>Filen med kända värdar har en nyckel av typen %1 sparad för den här värden, men värden erbjöd en nyckel av typen %2. Det kan bero på en uppgradering av servern, men det kan också betyda att någon avlyssnar anslutningen.</translation>
    </message>
    <message>
        <source>different</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>If the host&apos;s administrator confirms that the key changed, remove the recorded key with this command and connect again:</source>
        <translation>Om värdens administratör bekräftar att nyckeln har ändrats tar du bort den sparade nyckeln med det här kommandot och ansluter igen:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostListController</name>
    <message>
        <source>Cannot add host</source>
        <translation>Kan inte lägga till värd</translation>
    </message>
    <message>
        <source>Cannot change host</source>
        <translation>Kan inte ändra värd</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lade till %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <source>Remove hosts</source>
        <translation>Ta bort värdar</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n host(s) from Lotsen&apos;s list?</source>
        <translation>
            <numerusform>Ta bort %n värd från Lotsens lista?</numerusform>
            <numerusform>Ta bort %n värdar från Lotsens lista?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Open connections to them are closed. Nothing changes on the hosts themselves.</source>
        <translation>%1

Öppna anslutningar till dem stängs. Ingenting ändras på själva värdarna.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n host(s)</source>
        <translation>
            <numerusform>Tog bort %n värd</numerusform>
            <numerusform>Tog bort %n värdar</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 new and %2 replaced host(s)</source>
        <translation>Importerade %1 nya och %2 ersatta värdar</translation>
    </message>
    <message>
        <source>Some hosts were not imported</source>
        <translation>Vissa värdar importerades inte</translation>
    </message>
    <message>
        <source>The host list was not saved, because %1 could not be read at start-up (%2). Fix or move the file and restart Lotsen; until then changes last only until you quit.</source>
        <translation>Värdlistan sparades inte, eftersom %1 inte kunde läsas vid start (%2). Rätta eller flytta filen och starta om Lotsen; till dess gäller ändringar bara tills du avslutar.</translation>
    </message>
    <message>
        <source>Host list not saved</source>
        <translation>Värdlistan sparades inte</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostOutputPanel</name>
    <message>
        <source>waiting for the connection…</source>
        <translation>väntar på anslutningen…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>kör…</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostPane</name>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Den senaste inläsningen misslyckades: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kunde inte läsa:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Several hosts are selected.

The Overview tab compares them; double-click a host there to see its details here.</source>
        <translation>Flera värdar är markerade.

Fliken Översikt jämför dem; dubbelklicka på en värd där för att se dess detaljer här.</translation>
    </message>
    <message>
        <source>Select a host in the list to see its disks, kernels and Docker.</source>
        <translation>Markera en värd i listan för att se dess diskar, kärnor och Docker.</translation>
    </message>
    <message>
        <source>Reading the host&apos;s facts…</source>
        <translation>Läser in värdens fakta…</translation>
    </message>
    <message>
        <source>Nothing to show: the refresh failed (see above). Press Refresh (F5) to try again.</source>
        <translation>Inget att visa: inläsningen misslyckades (se ovan). Tryck på Läs om (F5) för att försöka igen.</translation>
    </message>
    <message>
        <source>Not refreshed yet — press Refresh (F5).</source>
        <translation>Inte inläst än — tryck på Läs om (F5).</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>inläst %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>aldrig inläst</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>läser in…</translation>
    </message>
    <message>
        <source>refreshing… (%1)</source>
        <translation>läser in… (%1)</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>inaktuell: %1</translation>
    </message>
    <message>
        <source>refresh failed</source>
        <translation>inläsningen misslyckades</translation>
    </message>
    <message>
        <source>refresh failed; %1</source>
        <translation>inläsningen misslyckades; %1</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostStore</name>
    <message>
        <source>Cannot read the host list %1: %2.</source>
        <translation>Kan inte läsa värdlistan %1: %2.</translation>
    </message>
    <message>
        <source>The host list %1 is damaged (%2 at byte %3). It was left unchanged; fix or move it away and start again.</source>
        <translation>Värdlistan %1 är skadad (%2 vid byte %3). Den lämnades oförändrad; rätta den eller flytta undan den och starta igen.</translation>
    </message>
    <message>
        <source>The host list %1 has format version %2, which this Lotsen does not understand. It was left unchanged.</source>
        <translation>Värdlistan %1 har formatversion %2, som den här versionen av Lotsen inte förstår. Den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The host list %1 has an invalid entry: %2 It was left unchanged.</source>
        <translation>Värdlistan %1 har en ogiltig post: %2 Den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>Kan inte skapa mappen %1. Kontrollera att du har skrivrättigheter där.</translation>
    </message>
    <message>
        <source>Cannot write the host list %1: %2.</source>
        <translation>Kan inte skriva värdlistan %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make the host list %1 private: %2.</source>
        <translation>Kan inte göra värdlistan %1 privat: %2.</translation>
    </message>
    <message>
        <source>A host called “%1” already exists. Choose another name.</source>
        <translation>Det finns redan en värd som heter “%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>There is no host called “%1”.</source>
        <translation>Det finns ingen värd som heter “%1”.</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostTarget</name>
    <message>
        <source>“%1” is not a port number. Use a number from 1 to 65535.</source>
        <translation>“%1” är inte ett portnummer. Använd ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>“%1” has “[” without a closing “]”.</source>
        <translation>“%1” har “[” utan avslutande “]”.</translation>
    </message>
    <message>
        <source>“%1” has text after “]” that is not “:port”.</source>
        <translation>“%1” har text efter “]” som inte är “:port”.</translation>
    </message>
    <message>
        <source>No host given. Use a configured host name, [user@]address[:port] or ssh://user@address:port.</source>
        <translation>Ingen värd angavs. Använd ett konfigurerat värdnamn, [user@]address[:port] eller ssh://user@address:port.</translation>
    </message>
    <message>
        <source>“%1” uses a scheme other than ssh://. Use [user@]address[:port] or ssh://user@address:port.</source>
        <translation>“%1” använder ett annat schema än ssh://. Använd [user@]address[:port] eller ssh://user@address:port.</translation>
    </message>
    <message>
        <source>“%1” is not a host target. %2</source>
        <translation>“%1” är inte ett värdmål. %2</translation>
    </message>
</context>
<context>
    <name>Lotsen::HostTreeModel</name>
    <message>
        <source>Disconnected</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Needs login</source>
        <translation>Kräver inloggning</translation>
    </message>
    <message>
        <source>Host key problem</source>
        <translation>Problem med värdnyckeln</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Kan inte nås</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 av %2 anslutna</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
</context>
<context>
    <name>Lotsen::ImageReference</name>
    <message>
        <source>it has an empty name component</source>
        <translation>den har en tom namnkomponent</translation>
    </message>
    <message>
        <source>the name component “%1” must be in lowercase</source>
        <translation>namnkomponenten “%1” måste skrivas med gemener</translation>
    </message>
    <message>
        <source>the name component “%1” may only hold lowercase letters and digits, separated by single . _ __ or hyphens</source>
        <translation>namnkomponenten “%1” får bara innehålla gemena bokstäver och siffror, åtskilda av enstaka . _ __ eller bindestreck</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>namnet är längre än 255 tecken</translation>
    </message>
    <message>
        <source>the registry “%1” is not a host name with an optional :port</source>
        <translation>registret “%1” är inte ett värdnamn med valfri :port</translation>
    </message>
    <message>
        <source>the digest must be sha256: followed by 64 lowercase hexadecimal digits</source>
        <translation>sammandraget måste vara sha256: följt av 64 hexadecimala siffror med gemener</translation>
    </message>
    <message>
        <source>the tag “%1” must start with a letter, digit or _ and hold at most 128 letters, digits, _ . or -</source>
        <translation>taggen “%1” måste börja med en bokstav, siffra eller _ och får innehålla högst 128 bokstäver, siffror, _ . eller -</translation>
    </message>
    <message>
        <source>The image reference is empty. Enter an image such as debian:12 or registry.example.com:5000/team/app:1.2.</source>
        <translation>Avbildsreferensen är tom. Ange en avbild som debian:12 eller registry.example.com:5000/team/app:1.2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid image reference: %2. Use [registry[:port]/]name[:tag][@sha256:digest], for example registry.example.com:5000/team/app:1.2.</source>
        <translation>“%1” är inte en giltig avbildsreferens: %2. Använd [registry[:port]/]name[:tag][@sha256:digest], till exempel registry.example.com:5000/team/app:1.2.</translation>
    </message>
</context>
<context>
    <name>Lotsen::ImportDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>already configured; check to replace it</source>
        <translation>redan konfigurerad; markera för att ersätta den</translation>
    </message>
    <message>
        <source>Choose a file to import from.</source>
        <translation>Välj en fil att importera från.</translation>
    </message>
    <message>
        <source>The file defines no hosts.</source>
        <translation>Filen definierar inga värdar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) selected</source>
        <translation>
            <numerusform>%1 av %n värd vald</numerusform>
            <numerusform>%1 av %n värdar valda</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an SSH client configuration</source>
        <translation>Välj en SSH-klientkonfiguration</translation>
    </message>
    <message>
        <source>Choose an Ansible inventory (INI)</source>
        <translation>Välj ett Ansible-inventarie (INI)</translation>
    </message>
    <message>
        <source>Import hosts from SSH config</source>
        <translation>Importera värdar från SSH-konfiguration</translation>
    </message>
    <message>
        <source>Every concrete Host alias becomes a host with the HostName, User, Port, IdentityFile and ProxyJump that ssh would use. Wildcard patterns and Match blocks are skipped.</source>
        <translation>Varje konkret Host-alias blir en värd med samma HostName, User, Port, IdentityFile och ProxyJump som ssh skulle använda. Jokerteckenmönster och Match-block hoppas över.</translation>
    </message>
    <message>
        <source>Import hosts from an Ansible inventory</source>
        <translation>Importera värdar från ett Ansible-inventarie</translation>
    </message>
    <message>
        <source>Hosts come with ansible_host, ansible_user, ansible_port and the private key file. A host&apos;s first group becomes its group; its other groups become tags. Only the INI format is understood.</source>
        <translation>Värdarna importeras med ansible_host, ansible_user, ansible_port och den privata nyckelfilen. En värds första grupp blir dess grupp, och dess övriga grupper blir taggar. Endast INI-formatet stöds.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>G&amp;roup for hosts without one:</source>
        <translation>&amp;Grupp för värdar utan grupp:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Markera &amp;inga</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
</context>
<context>
    <name>Lotsen::KernelsModel</name>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>running</source>
        <translation>körs</translation>
    </message>
    <message>
        <source>GRUB boots this kernel next</source>
        <translation>GRUB startar den här kärnan nästa gång</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kärna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Boot menu entry</source>
        <translation>Post i startmenyn</translation>
    </message>
</context>
<context>
    <name>Lotsen::KernelsPane</name>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>%1 — too old for current Docker (3.10 or newer needed)</source>
        <translation>%1 — för gammal för dagens Docker (3.10 eller nyare krävs)</translation>
    </message>
    <message>
        <source>GRUB legacy (grub.conf)</source>
        <translation>GRUB legacy (grub.conf)</translation>
    </message>
    <message>
        <source>GRUB 2</source>
        <translation>GRUB 2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes — a newer kernel or library waits for a reboot</source>
        <translation>ja — en nyare kärna eller ett nyare bibliotek väntar på omstart</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Running kernel:</source>
        <translation>Körande kärna:</translation>
    </message>
    <message>
        <source>Boot loader:</source>
        <translation>Starthanterare:</translation>
    </message>
    <message>
        <source>GRUB default:</source>
        <translation>Standard i GRUB:</translation>
    </message>
    <message>
        <source>DEFAULTKERNEL:</source>
        <translation>DEFAULTKERNEL:</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Kommandorad:</translation>
    </message>
    <message>
        <source>Memory limits for Docker:</source>
        <translation>Minnesgränser för Docker:</translation>
    </message>
    <message>
        <source>Filesystems:</source>
        <translation>Filsystem:</translation>
    </message>
    <message>
        <source>Reboot pending:</source>
        <translation>Omstart väntar:</translation>
    </message>
    <message>
        <source>Installed kernels</source>
        <translation>Installerade kärnor</translation>
    </message>
    <message>
        <source>memory cgroup on</source>
        <translation>minnes-cgroup på</translation>
    </message>
    <message>
        <source>memory cgroup off</source>
        <translation>minnes-cgroup av</translation>
    </message>
    <message>
        <source>swap accounting on</source>
        <translation>swap-redovisning på</translation>
    </message>
    <message>
        <source>swap accounting off</source>
        <translation>swap-redovisning av</translation>
    </message>
    <message>
        <source>active (%1, %2)</source>
        <translation>aktiva (%1, %2)</translation>
    </message>
    <message>
        <source>memory limits only, no swap limits (%1, %2)</source>
        <translation>bara minnesgränser, inga swap-gränser (%1, %2)</translation>
    </message>
    <message>
        <source>not active (%1, %2)</source>
        <translation>inte aktiva (%1, %2)</translation>
    </message>
    <message>
        <source>command line: not known</source>
        <translation>kommandoraden: okänd</translation>
    </message>
    <message>
        <source>command line: has cgroup_enable=memory and swapaccount=1</source>
        <translation>kommandoraden: har cgroup_enable=memory och swapaccount=1</translation>
    </message>
    <message>
        <source>command line: has cgroup_enable=memory, lacks swapaccount=1</source>
        <translation>kommandoraden: har cgroup_enable=memory, saknar swapaccount=1</translation>
    </message>
    <message>
        <source>command line: has swapaccount=1, lacks cgroup_enable=memory</source>
        <translation>kommandoraden: har swapaccount=1, saknar cgroup_enable=memory</translation>
    </message>
    <message>
        <source>command line: has neither cgroup_enable=memory nor swapaccount=1</source>
        <translation>kommandoraden: har varken cgroup_enable=memory eller swapaccount=1</translation>
    </message>
    <message>
        <source>not needed, both are on without them</source>
        <translation>behövs inte, båda är på ändå</translation>
    </message>
    <message>
        <source>add the missing ones in GRUB and reboot</source>
        <translation>lägg till de som saknas i GRUB och starta om</translation>
    </message>
    <message>
        <source>but this kernel does not honour them</source>
        <translation>men den här kärnan följer dem inte</translation>
    </message>
</context>
<context>
    <name>Lotsen::LogPane</name>
    <message>
        <source>Session log</source>
        <translation>Sessionslogg</translation>
    </message>
    <message>
        <source>Show &amp;host:</source>
        <translation>Visa &amp;värd:</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alla värdar</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>&amp;Töm loggen</translation>
    </message>
    <message>
        <source>Connections, commands and their output appear here, per host, with the time they happened.</source>
        <translation>Anslutningar, kommandon och deras utdata visas här, per värd, med tidpunkten då de inträffade.</translation>
    </message>
</context>
<context>
    <name>Lotsen::MainWindow</name>
    <message>
        <source>Could not read the host list</source>
        <translation>Kunde inte läsa värdlistan</translation>
    </message>
    <message>
        <source>Lotsen — Docker hosts over SSH</source>
        <translation>Lotsen — Docker-värdar över SSH</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Värdar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Connect to the selected hosts (a group means all of its hosts)</source>
        <translation>Anslut till de markerade värdarna (en grupp betyder alla dess värdar)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Koppla från</translation>
    </message>
    <message>
        <source>Close the connections to the selected hosts</source>
        <translation>Stäng anslutningarna till de markerade värdarna</translation>
    </message>
    <message>
        <source>&amp;Add host…</source>
        <translation>&amp;Lägg till värd…</translation>
    </message>
    <message>
        <source>Add a host to the list</source>
        <translation>Lägg till en värd i listan</translation>
    </message>
    <message>
        <source>&amp;Edit host…</source>
        <translation>&amp;Redigera värd…</translation>
    </message>
    <message>
        <source>Change the selected host&apos;s address, user, port or key</source>
        <translation>Ändra adress, användare, port eller nyckel för den markerade värden</translation>
    </message>
    <message>
        <source>&amp;Remove host</source>
        <translation>&amp;Ta bort värd</translation>
    </message>
    <message>
        <source>Remove the selected hosts from the list (nothing changes on the hosts)</source>
        <translation>Ta bort de markerade värdarna från listan (ingenting ändras på värdarna)</translation>
    </message>
    <message>
        <source>From &amp;SSH config…</source>
        <translation>Från &amp;SSH-konfiguration…</translation>
    </message>
    <message>
        <source>Import the hosts defined in ~/.ssh/config</source>
        <translation>Importera värdarna som är definierade i ~/.ssh/config</translation>
    </message>
    <message>
        <source>From &amp;Ansible inventory…</source>
        <translation>Från &amp;Ansible-inventarium…</translation>
    </message>
    <message>
        <source>Import the hosts of an Ansible INI inventory file</source>
        <translation>Importera värdarna i en Ansible-inventariefil i INI-format</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>No hosts yet.

Add one, or import your hosts from ~/.ssh/config or an Ansible inventory (File ▸ Import).</source>
        <translation>Inga värdar ännu.

Lägg till en, eller importera dina värdar från ~/.ssh/config eller ett Ansible-inventarium (Arkiv ▸ Importera).</translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation>Lägg till värd…</translation>
    </message>
    <message>
        <source>Import from SSH config…</source>
        <translation>Importera från SSH-konfiguration…</translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; showing English.</source>
        <translation>Ingen översättning för “%1” är installerad; visar engelska.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n värd</numerusform>
            <numerusform>%n värdar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n ansluten</numerusform>
            <numerusform>%n anslutna</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Läs om</translation>
    </message>
    <message>
        <source>Read the disks, kernels and Docker of the selected hosts again (all at once)</source>
        <translation>Läs in diskar, kärnor och Docker på de markerade värdarna igen (alla samtidigt)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kör</translation>
    </message>
    <message>
        <source>Or try Lotsen on demo hosts: three hosts on this machine, each with its own sshd, Docker engine and disk on a loopback address — a CentOS 6.7 stand-in on btrfs and Debian 12 on overlay2 and on vfs. They stop when Lotsen quits.</source>
        <translation>Eller prova Lotsen på demovärdar: tre värdar på den här datorn, var och en med egen sshd, Docker-motor och disk på en loopback-adress — en CentOS 6.7-ersättare på btrfs och Debian 12 på overlay2 och på vfs. De stoppas när Lotsen avslutas.</translation>
    </message>
    <message>
        <source>Starting the demo hosts…</source>
        <translation>Startar demovärdarna…</translation>
    </message>
    <message>
        <source>Start demo hosts</source>
        <translation>Starta demovärdar</translation>
    </message>
    <message>
        <source>Start &amp;demo hosts</source>
        <translation>Starta &amp;demovärdar</translation>
    </message>
    <message>
        <source>Start three demo hosts on this machine (sshd and Docker on loopback addresses) and add them to the list</source>
        <translation>Starta tre demovärdar på den här datorn (sshd och Docker på loopback-adresser) och lägg till dem i listan</translation>
    </message>
    <message>
        <source>Demo hosts started: %1</source>
        <translation>Demovärdarna har startat: %1</translation>
    </message>
    <message>
        <source>Demo hosts</source>
        <translation>Demovärdar</translation>
    </message>
    <message>
        <source>Starting the demo hosts (about ten seconds)…</source>
        <translation>Startar demovärdarna (cirka tio sekunder)…</translation>
    </message>
    <message>
        <source>Or try Lotsen on demo hosts: three hosts on this machine, each with its own sshd, Docker engine and disk on a loopback address. They need root, and Lotsen runs as %1. To get them, quit Lotsen and start it as root:</source>
        <translation>Eller prova Lotsen på demovärdar: tre värdar på den här maskinen, var och en med egen sshd, Docker-tjänst och disk på en loopback-adress. De kräver root, och Lotsen körs som %1. Avsluta Lotsen och starta den som root för att få dem:</translation>
    </message>
    <message>
        <source>Demo hosts cannot run here: %1</source>
        <translation>Demovärdar kan inte köras här: %1</translation>
    </message>
</context>
<context>
    <name>Lotsen::OverviewModel</name>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>läser in…</translation>
    </message>
    <message>
        <source>stale, %1</source>
        <translation>inaktuell, %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>refresh failed</source>
        <translation>inläsningen misslyckades</translation>
    </message>
    <message>
        <source>not refreshed yet</source>
        <translation>inte inläst än</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message numerus="yes">
        <source>%n (worst: %1)</source>
        <translation>
            <numerusform>%n (värst: %1)</numerusform>
            <numerusform>%n (värst: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>inte installerat</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>pool %1</translation>
    </message>
    <message>
        <source>Devicemapper pool data use, or the use of the filesystem that holds Docker&apos;s data root</source>
        <translation>Datautnyttjande i devicemapper-poolen, eller utnyttjandet av filsystemet som rymmer Dockers datakatalog</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kärna</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>Lagringsdrivrutin</translation>
    </message>
    <message>
        <source>Docker space</source>
        <translation>Docker-utrymme</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Inläst</translation>
    </message>
</context>
<context>
    <name>Lotsen::OverviewPane</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n värd</numerusform>
            <numerusform>%n värdar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n med varningar</numerusform>
            <numerusform>%n med varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to refresh</source>
        <translation>
            <numerusform>%n kunde inte läsas in</numerusform>
            <numerusform>%n kunde inte läsas in</numerusform>
        </translation>
    </message>
    <message>
        <source>Select hosts (or a group) in the list to compare them here.</source>
        <translation>Markera värdar (eller en grupp) i listan för att jämföra dem här.</translation>
    </message>
</context>
<context>
    <name>Lotsen::ProxyJump</name>
    <message>
        <source>The %1 path “%2” contains “%”, which cannot be passed to the jump host&apos;s ssh command. Use a path without “%”.</source>
        <translation>Sökvägen för %1, “%2”, innehåller “%”, som inte kan skickas vidare till hoppvärdens ssh-kommando. Använd en sökväg utan “%”.</translation>
    </message>
    <message>
        <source>known hosts</source>
        <translation>kända värdar</translation>
    </message>
    <message>
        <source>ssh_config</source>
        <translation>ssh_config</translation>
    </message>
</context>
<context>
    <name>Lotsen::RefreshIntervalMenu</name>
    <message>
        <source>&amp;Refresh facts</source>
        <translation>&amp;Läs in fakta</translation>
    </message>
    <message>
        <source>How often the disks, kernels and Docker of connected hosts are read again</source>
        <translation>Hur ofta diskar, kärnor och Docker på anslutna värdar läses in igen</translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>Bara på begäran (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Varje minut</numerusform>
            <numerusform>Var %n:e minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lotsen::ResultSummary</name>
    <message>
        <source>error: %1</source>
        <translation>fel: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tidsgränsen överskreds</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>dödad av signal %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>slutkod %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Lotsen::RunCommandWidget</name>
    <message>
        <source>the host is no longer configured</source>
        <translation>värden är inte längre konfigurerad</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>anslutningen stängdes</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>anslutningen förlorades</translation>
    </message>
    <message>
        <source>Run a command on the selected hosts, e.g. docker ps</source>
        <translation>Kör ett kommando på de markerade värdarna, t.ex. docker ps</translation>
    </message>
    <message>
        <source>as &amp;root (sudo)</source>
        <translation>som &amp;root (sudo)</translation>
    </message>
    <message>
        <source>Run the command through sudo; Lotsen asks for the sudo password when needed</source>
        <translation>Kör kommandot via sudo; Lotsen frågar efter sudo-lösenordet när det behövs</translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation>&amp;Bryt långa rader</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>Run the command on every selected host at once (Enter)</source>
        <translation>Kör kommandot på alla markerade värdar samtidigt (Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Stop the command on the hosts where it is still running (sends TERM)</source>
        <translation>Stoppa kommandot på de värdar där det fortfarande körs (skickar TERM)</translation>
    </message>
    <message>
        <source>No hosts selected.</source>
        <translation>Inga värdar markerade.</translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s): %1</source>
        <translation>
            <numerusform>Körs på %n värd: %1</numerusform>
            <numerusform>Körs på %n värdar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select hosts or a group in the host list, type a command above and press Run.
Each host&apos;s output appears in its own column, with its exit code.</source>
        <translation>Markera värdar eller en grupp i värdlistan, skriv ett kommando ovan och tryck på Kör.
Varje värds utdata visas i en egen kolumn, med sin slutkod.</translation>
    </message>
</context>
<context>
    <name>Lotsen::SecretDialog</name>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Logga in på %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Lösenfras för nyckel</translation>
    </message>
    <message>
        <source>Unlock the private key for %1</source>
        <translation>Lås upp den privata nyckeln för %1</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Lösenfras:</translation>
    </message>
    <message>
        <source>Login question</source>
        <translation>Inloggningsfråga</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 frågar:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-lösenord</translation>
    </message>
    <message>
        <source>sudo on %1 needs your password</source>
        <translation>sudo på %1 behöver ditt lösenord</translation>
    </message>
    <message>
        <source>Remember until this connection closes (kept in memory only)</source>
        <translation>Kom ihåg tills anslutningen stängs (sparas endast i minnet)</translation>
    </message>
</context>
<context>
    <name>Lotsen::SessionManager</name>
    <message>
        <source>Unknown host key %1 %2: waiting for your decision</source>
        <translation>Okänd värdnyckel %1 %2: väntar på ditt beslut</translation>
    </message>
    <message>
        <source>Host key refused: the host offered %1 %2</source>
        <translation>Värdnyckeln avvisades: värden erbjöd %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Host key accepted and recorded</source>
        <translation>Värdnyckeln godkändes och sparades</translation>
    </message>
    <message>
        <source>Host key rejected</source>
        <translation>Värdnyckeln avvisades</translation>
    </message>
</context>
<context>
    <name>Lotsen::SshWorker</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3. Check that the host is up, the address and port are right, and sshd is running.</source>
        <translation>Kunde inte ansluta till %1 port %2: %3. Kontrollera att värden är igång, att adressen och porten är rätt och att sshd körs.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(oläsbar)</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>Kunde inte kontrollera värdnyckeln för %1 mot %2: %3</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted; nothing was run.</source>
        <translation>Värdnyckeln för %1 godkändes inte; ingenting kördes.</translation>
    </message>
    <message>
        <source>Could not record the host key in %1: %2</source>
        <translation>Kunde inte spara värdnyckeln i %1: %2</translation>
    </message>
    <message>
        <source>Login to %1 failed: %2</source>
        <translation>Inloggningen på %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>no method the host offers</source>
        <translation>ingen av de metoder som värden erbjuder</translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2 (tried: %3). Check the user name, load your key into ssh-agent or choose a key file, or enter the right password.</source>
        <translation>Kunde inte logga in på %1 som %2 (provade: %3). Kontrollera användarnamnet, läs in din nyckel i ssh-agent eller välj en nyckelfil, eller ange rätt lösenord.</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>nyckel %1</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for key %1:</source>
        <translation>Fel lösenfras. Lösenfras för nyckel %1:</translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation>Lösenfras för nyckel %1:</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>tangentbordsinteraktiv</translation>
    </message>
    <message>
        <source>password</source>
        <translation>lösenord</translation>
    </message>
    <message>
        <source>Wrong password. Password for %1@%2:</source>
        <translation>Fel lösenord. Lösenord för %1@%2:</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>Lösenord för %1@%2:</translation>
    </message>
    <message>
        <source>sudo password for %1 on %2:</source>
        <translation>sudo-lösenord för %1 på %2:</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2</source>
        <translation>Inloggad på %1 som %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Anslutningen till %1 förlorades: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Frånkopplad från %1.</translation>
    </message>
    <message>
        <source>Could not reach %1 port %2 through the jump host %3: %4. Check that `ssh %3` works from a terminal without questions (its host key known, a key or agent to log in) and that it may forward to %1.</source>
        <translation>Kunde inte nå %1 port %2 via hoppvärden %3: %4. Kontrollera att `ssh %3` fungerar från en terminal utan frågor (dess värdnyckel känd, en nyckel eller agent att logga in med) och att den får vidarebefordra till %1.</translation>
    </message>
    <message>
        <source>%1 offered a %2 host key (%3), but %4 records only a key of another type for it: %5.</source>
        <translation>%1 visade en värdnyckel av typen %2 (%3), men %4 har bara en nyckel av en annan typ för den: %5.</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one recorded in %2 (recorded: %3; offered now: %4 %5).</source>
        <translation>Värdnyckeln för %1 är inte den som finns sparad i %2 (sparad: %3; visas nu: %4 %5).</translation>
    </message>
    <message>
        <source>This can mean someone is intercepting the connection, or that the host was reinstalled. Lotsen ran nothing. If you know the host was reinstalled, check the new fingerprint on the host&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then remove the old key with
  ssh-keygen -R &apos;%1&apos; -f &apos;%2&apos;
and connect again.</source>
        <translation>Det kan betyda att någon avlyssnar anslutningen, eller att värden har installerats om. Lotsen körde ingenting. Om du vet att värden har installerats om: kontrollera det nya fingeravtrycket på värdens konsol (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), ta sedan bort den gamla nyckeln med
  ssh-keygen -R &apos;%1&apos; -f &apos;%2&apos;
och anslut igen.</translation>
    </message>
    <message>
        <source>%1 refuses to open a session for the command although Lotsen has no other session open on the connection (%2). Check MaxSessions in the host&apos;s sshd_config.</source>
        <translation>%1 vägrar öppna en session för kommandot fast Lotsen inte har någon annan session öppen på anslutningen (%2). Kontrollera MaxSessions i värdens sshd_config.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering: nothing came back for %2 s, though Lotsen asked %n time(s). The host may be hung or overloaded; check its console, then connect again.</source>
        <translation>
            <numerusform>%1 slutade svara: inget kom tillbaka på %2 s, trots att Lotsen frågade %n gång. Värden kan ha hängt sig eller vara överlastad; kontrollera dess konsol och anslut sedan igen.</numerusform>
            <numerusform>%1 slutade svara: inget kom tillbaka på %2 s, trots att Lotsen frågade %n gånger. Värden kan ha hängt sig eller vara överlastad; kontrollera dess konsol och anslut sedan igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lotsen::Validation</name>
    <message>
        <source>a space</source>
        <translation>ett blanksteg</translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation>det osynliga tecknet U+%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>it has an empty label between dots</source>
        <translation>det har en tom etikett mellan punkter</translation>
    </message>
    <message>
        <source>the label “%1” is longer than 63 characters</source>
        <translation>etiketten “%1” är längre än 63 tecken</translation>
    </message>
    <message>
        <source>the label “%1” starts or ends with a hyphen</source>
        <translation>etiketten “%1” börjar eller slutar med ett bindestreck</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>det är längre än 253 tecken</translation>
    </message>
    <message>
        <source>it starts with a hyphen</source>
        <translation>det börjar med ett bindestreck</translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation>det innehåller %1</translation>
    </message>
    <message>
        <source>it looks like an IPv4 address but is not one</source>
        <translation>det ser ut som en IPv4-adress men är inte det</translation>
    </message>
    <message>
        <source>only an IPv6 address may be written in brackets</source>
        <translation>endast en IPv6-adress får skrivas inom hakparenteser</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>det är inte en giltig IPv6-adress</translation>
    </message>
    <message>
        <source>The host address is empty. Enter a DNS name, an IPv4 address or an IPv6 address.</source>
        <translation>Värdadressen är tom. Ange ett DNS-namn, en IPv4-adress eller en IPv6-adress.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host address: %2. Use a DNS name (dot-separated labels of letters, digits and hyphens, at most 63 characters each, no hyphen at either end), an IPv4 address such as 192.0.2.10 or an IPv6 address such as 2001:db8::10.</source>
        <translation>“%1” är inte en giltig värdadress: %2. Använd ett DNS-namn (punktseparerade etiketter av bokstäver, siffror och bindestreck, högst 63 tecken vardera, utan bindestreck i början eller slutet), en IPv4-adress som 192.0.2.10 eller en IPv6-adress som 2001:db8::10.</translation>
    </message>
    <message>
        <source>The host name is empty. Give the host a name.</source>
        <translation>Värdnamnet är tomt. Ge värden ett namn.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: %2. Use letters, digits and . _ - + @ : %, at most 253 characters, not starting with a hyphen.</source>
        <translation>“%1” är inte ett giltigt värdnamn: %2. Använd bokstäver, siffror och . _ - + @ : %, högst 253 tecken, och börja inte med ett bindestreck.</translation>
    </message>
    <message>
        <source>The user name is empty. Enter the name of the account to log in as.</source>
        <translation>Användarnamnet är tomt. Ange namnet på kontot som du vill logga in som.</translation>
    </message>
    <message>
        <source>it is longer than 32 characters</source>
        <translation>det är längre än 32 tecken</translation>
    </message>
    <message>
        <source>it must start with a letter or _ and may have $ only at the end</source>
        <translation>det måste börja med en bokstav eller _ och får bara ha $ i slutet</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: %2. A user name starts with a letter or _, continues with letters, digits, _ . or -, may end in $ and has at most 32 characters.</source>
        <translation>“%1” är inte ett giltigt användarnamn: %2. Ett användarnamn börjar med en bokstav eller _, fortsätter med bokstäver, siffror, _ . eller -, får sluta med $ och har högst 32 tecken.</translation>
    </message>
    <message>
        <source>Port %1 is not valid. Use a port number from 1 to 65535.</source>
        <translation>Port %1 är ogiltig. Använd ett portnummer från 1 till 65535.</translation>
    </message>
    <message>
        <source>it does not start with /dev/ followed by a device name</source>
        <translation>det börjar inte med /dev/ följt av ett enhetsnamn</translation>
    </message>
    <message>
        <source>it is longer than 255 characters</source>
        <translation>det är längre än 255 tecken</translation>
    </message>
    <message>
        <source>it ends with a slash</source>
        <translation>det slutar med ett snedstreck</translation>
    </message>
    <message>
        <source>it contains “..”</source>
        <translation>det innehåller “..”</translation>
    </message>
    <message>
        <source>it has an empty or “.” path component</source>
        <translation>det har en sökvägskomponent som är tom eller “.”</translation>
    </message>
    <message>
        <source>“%1” is not a valid device path: %2. Use /dev/ followed by letters, digits and / _ . : -, for example /dev/sdb or /dev/disk/by-id/…</source>
        <translation>“%1” är inte en giltig enhetssökväg: %2. Använd /dev/ följt av bokstäver, siffror och / _ . : -, till exempel /dev/sdb eller /dev/disk/by-id/…</translation>
    </message>
    <message>
        <source>The volume group name is empty. Enter a name such as vg_docker.</source>
        <translation>Volymgruppens namn är tomt. Ange ett namn, till exempel vg_docker.</translation>
    </message>
    <message>
        <source>it is longer than 127 characters</source>
        <translation>det är längre än 127 tecken</translation>
    </message>
    <message>
        <source>“.” and “..” are reserved</source>
        <translation>“.” och “..” är reserverade</translation>
    </message>
    <message>
        <source>“%1” is not a valid volume group name: %2. Use at most 127 letters, digits and + _ . -, not starting with a hyphen.</source>
        <translation>“%1” är inte ett giltigt namn på en volymgrupp: %2. Använd högst 127 bokstäver, siffror och + _ . -, och börja inte med ett bindestreck.</translation>
    </message>
    <message>
        <source>The jump host “%1” is not valid. %2</source>
        <translation>Hoppvärden “%1” är ogiltig. %2</translation>
    </message>
    <message>
        <source>The key file “%1” contains a control character such as a line break. Remove it.</source>
        <translation>Nyckelfilen “%1” innehåller ett styrtecken, till exempel en radbrytning. Ta bort det.</translation>
    </message>
    <message>
        <source>The group “%1” contains a control character such as a line break. Remove it.</source>
        <translation>Gruppen “%1” innehåller ett styrtecken, till exempel en radbrytning. Ta bort det.</translation>
    </message>
    <message>
        <source>The tag “%1” contains a control character such as a line break. Remove it.</source>
        <translation>Taggen “%1” innehåller ett styrtecken, till exempel en radbrytning. Ta bort det.</translation>
    </message>
</context>
</TS>
