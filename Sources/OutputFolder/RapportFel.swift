import Vokabular

/// Why reports could not be written to an output folder. Every case names the folder as the user gave
/// it; the description is Swedish, with names escaped, and says whether anything was written.
public enum RapportFel: Error, CustomStringConvertible, Equatable {
    /// The path cannot name an output folder (empty, ends in `.` or `..`, the root, or a reserved name).
    case ogiltigSokvag(sokvag: String, skal: String)
    /// A report file name that is not a single valid file name, or given twice.
    case ogiltigtFilnamn(String)
    /// The path exists but is not a directory.
    case inteEnMapp(sokvag: String, slag: Postslag)
    /// The path of a report file exists but is not a regular file.
    case inteEnFil(sokvag: String, slag: Postslag)
    /// The folder holds entries Prognos did not write: up to three described in `fynd`, `antal` in all.
    case frammandeInnehall(sokvag: String, fynd: [String], antal: Int)
    /// A system call failed during `atgard` with `errno`.
    case system(atgard: Filatgard, sokvag: String, errno: Int32)
    /// The file system cannot exchange two folders in one atomic rename.
    case atomisktUtbyteSaknas(sokvag: String)
    /// The folder kept changing between inspection and replacement.
    case andradesUnderTiden(sokvag: String)
    /// Another command's report in the folder has the name of one of the new files.
    case upptagetFilnamn(sokvag: String, fil: String, kommando: String)
    /// The new reports are in place, but the replaced folder had gained entries Prognos did not write, so
    /// it was left under the name `kvar`.
    case tidigareInnehallKvar(sokvag: String, kvar: String, fynd: [String], antal: Int)

    /// The message in Swedish, naming the folder.
    public var description: String {
        switch self {
        case .ogiltigSokvag(let sokvag, let skal):
            return "\(inledning(sokvag)): \(skal); ingenting skrevs"
        case .ogiltigtFilnamn(let namn):
            return "ogiltigt namn på rapportfil: \"\(Styrtecken.maskerade(namn))\""
        case .inteEnMapp(let sokvag, let slag):
            return "\(inledning(sokvag)): det är \(slag.obestamd), inte en mapp; ingenting skrevs"
        case .inteEnFil(let sokvag, let slag):
            return "\(inledning(sokvag)): det är \(slag.obestamd), inte en fil; ingenting skrevs"
        case .frammandeInnehall(let sokvag, let fynd, let antal):
            return "\(inledning(sokvag)): mappen innehåller sådant som Prognos inte har skrivit "
                + "(\(RapportFel.lista(fynd, antal))); ingenting skrevs. Ange en ny eller tom mapp, "
                + "eller en mapp som Prognos har skrivit tidigare"
        case .system(let atgard, let sokvag, let errno):
            let orsak = SystemFel(kod: errno).orsak(atgard.skriver ? .skrivning : .lasning)
            let foljd = atgard == .taBortTidigare ? "de nya rapporterna ligger på plats" : "ingenting ändrades"
            return "\(inledning(sokvag)): \(orsak) (\(atgard.text)); \(foljd)"
        case .atomisktUtbyteSaknas(let sokvag):
            return "\(inledning(sokvag)): filsystemet kan inte byta ut en mapp i ett enda steg "
                + "(renameat2 stöds inte); ingenting skrevs"
        case .upptagetFilnamn(let sokvag, let fil, let kommando):
            return "\(inledning(sokvag)): mappen har redan \(Styrtecken.maskerade(fil)) från prognos "
                + "\(Styrtecken.maskerade(kommando)); ingenting skrevs. Ange en annan mapp för den här rapporten"
        case .andradesUnderTiden(let sokvag):
            return "\(inledning(sokvag)): mappen ändrades av något annat än Prognos under skrivningen; ingenting skrevs, försök igen"
        case .tidigareInnehallKvar(let sokvag, let kvar, let fynd, let antal):
            return "rapporterna skrevs till \"\(Styrtecken.maskerade(sokvag))\", men den tidigare mappen hade under tiden fått "
                + "innehåll som Prognos inte har skrivit (\(RapportFel.lista(fynd, antal))); "
                + "den ligger kvar som \"\(Styrtecken.maskerade(kvar))\""
        }
    }

    private func inledning(_ sokvag: String) -> String {
        "kunde inte skriva rapporterna till \"\(Styrtecken.maskerade(sokvag))\""
    }

    /// "a, b, c och 4 till"
    private static func lista(_ fynd: [String], _ antal: Int) -> String {
        let overiga = antal - fynd.count
        return fynd.joined(separator: ", ") + (overiga > 0 ? " och \(overiga) till" : "")
    }
}
