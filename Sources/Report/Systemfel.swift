import Glibc

/// A failed system call's errno value, explained in Swedish for the user.
struct Systemfel: Error, Equatable {
    /// The errno value.
    let kod: Int32

    /// The calling thread's current errno.
    static var senaste: Systemfel { Systemfel(kod: errno) }

    /// The cause in Swedish; `skrivning` says whether the failed operation wrote (for permission errors).
    func orsak(skrivning: Bool) -> String {
        switch kod {
        case EACCES, EPERM: skrivning ? "saknar skrivbehörighet" : "saknar läsbehörighet"
        case ENOSPC: "disken är full"
        case EDQUOT: "diskkvoten är slut"
        case EROFS: "filsystemet är skrivskyddat"
        case ENOTDIR: "en del av sökvägen är inte en mapp"
        case ENOENT: "en del av sökvägen finns inte"
        case ENAMETOOLONG: "ett namn i sökvägen är längre än 255 byte"
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
