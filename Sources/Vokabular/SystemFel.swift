import Glibc

/// A failed system call's errno value, explained in Swedish for the user. The one table of system errors
/// in Prognos: reading files, opening the ledger and writing reports all word them here.
public struct SystemFel: Error, Equatable, Sendable {
    /// What the failed call was doing, for the errors whose wording depends on it.
    public enum Atgard: Sendable {
        /// Looking a path up (stat): the folders on the way must be searchable.
        case uppslag
        /// Reading a file the user named.
        case lasning
        /// Creating or changing files or folders.
        case skrivning
        /// Listening for connections on an address and port (`prognos serve`).
        case lyssning
    }

    /// The errno value.
    public let kod: Int32

    /// Wraps an errno value.
    public init(kod: Int32) { self.kod = kod }

    /// The calling thread's current errno.
    public static var senaste: SystemFel { SystemFel(kod: errno) }

    /// The cause in Swedish.
    public func orsak(_ atgard: Atgard) -> String {
        switch kod {
        case EACCES, EPERM:
            switch atgard {
            case .uppslag: "saknar behörighet till en mapp i sökvägen"
            case .lasning: "saknar läsbehörighet"
            case .skrivning: "saknar skrivbehörighet"
            case .lyssning: "saknar behörighet att lyssna på porten (portar under 1024 kräver administratör)"
            }
        case EADDRINUSE: "porten används redan av ett annat program; välj en annan med --port"
        case EADDRNOTAVAIL: "adressen hör inte till den här datorn; ange en av dess adresser med --vard"
        case ENOENT: atgard == .skrivning ? "en del av sökvägen finns inte" : "filen finns inte"
        case ENOSPC: "disken är full"
        case EDQUOT: "diskkvoten är slut"
        case EROFS: "filsystemet är skrivskyddat"
        case ENOTDIR: "en del av sökvägen är inte en mapp"
        case EISDIR: "det är en mapp"
        case ENAMETOOLONG: "sökvägen eller ett namn i den är för långt"
        case ELOOP: "för många symboliska länkar i sökvägen"
        case EIO: "in- eller utmatningsfel på disken"
        case EMFILE, ENFILE: "för många öppna filer"
        case EBUSY: "mappen används av systemet"
        case EMLINK: "för många poster i mappen"
        case EXDEV: "mappen ligger på ett annat filsystem"
        default: "systemfel med felkod \(kod)"
        }
    }
}
