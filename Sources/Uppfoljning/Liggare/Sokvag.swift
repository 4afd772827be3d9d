import Foundation
import Vokabular

/// Checks the path of a ledger before SQLite sees it, so that a folder, a device or an empty path is
/// refused in plain words and SQLite never opens a temporary or in-memory database in its place.
enum Sokvag {
    /// What the path must allow.
    enum Krav {
        /// An existing ledger file.
        case finnas
        /// An existing file or a new one.
        case fa
    }

    static func kontrollera(_ fil: String, maste krav: Krav) throws(LiggarFel) {
        guard !fil.isEmpty else { throw .ogiltigSokvag(fil: fil, skal: "sökvägen är tom") }
        var info = stat()
        guard stat(fil, &info) == 0 else {
            guard errno == ENOENT else { throw .ogiltigSokvag(fil: fil, skal: SystemFel.senaste.orsak(.uppslag)) }
            if krav == .finnas { throw .saknas(fil: fil) }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if krav == .finnas && info.st_size == 0 { throw .tom(fil: fil) }
        case S_IFDIR:
            throw .ogiltigSokvag(fil: fil, skal: "det är en mapp; ange en fil, t.ex. \(fil)/uppfoljning.sqlite")
        default:
            throw .ogiltigSokvag(fil: fil, skal: "det är ingen vanlig fil")
        }
    }
}
