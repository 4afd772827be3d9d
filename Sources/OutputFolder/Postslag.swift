import Glibc

/// The kind of a directory entry as `lstat` sees it, so symbolic links are links and not what they
/// point to.
public enum Postslag: Sendable, Equatable {
    /// A regular file.
    case fil
    /// A directory.
    case mapp
    /// A symbolic link.
    case symboliskLank
    /// A character or block device, such as `/dev/null`.
    case enhet
    /// A named pipe (FIFO).
    case ror
    /// A Unix domain socket.
    case sockel

    /// The kind of an entry with mode `mode` from `stat`.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .fil
        case S_IFDIR: self = .mapp
        case S_IFLNK: self = .symboliskLank
        case S_IFCHR, S_IFBLK: self = .enhet
        case S_IFIFO: self = .ror
        default: self = .sockel
        }
    }

    /// Swedish with indefinite article: "en vanlig fil", "en mapp", …
    public var obestamd: String {
        switch self {
        case .fil: "en vanlig fil"
        case .mapp: "en mapp"
        case .symboliskLank: "en symbolisk länk"
        case .enhet: "en enhetsfil"
        case .ror: "en namngiven rörledning"
        case .sockel: "en socket"
        }
    }
}
